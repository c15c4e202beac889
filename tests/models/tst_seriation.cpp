// Seriation for heatmaps: similar rows end up next to each other.

#include "Seriation.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>

using namespace eagle;

class TestSeriation : public QObject {
    Q_OBJECT
private slots:
    void separatesTwoGroups();
    void ordersAlongTheLineAndFillsGaps();
    void keepsSmallTablesAsTheyAre();
};

// Two groups of institutions with opposite risk profiles, interleaved in the input: each group
// must come out as one contiguous block, the higher one first.
void TestSeriation::separatesTwoGroups() {
    std::vector<std::vector<double>> rows;
    for (int i = 0; i < 20; ++i) {
        const double wobble = (i % 5) - 2.0;  // deterministic spread within a group
        if (i % 2 == 0)
            rows.push_back({80 + wobble, 70 - wobble, 90 + wobble / 2});
        else
            rows.push_back({10 - wobble, 20 + wobble, 15 - wobble / 2});
    }
    const auto order = orderBySimilarity(rows);
    QCOMPARE(order.size(), rows.size());
    for (std::size_t k = 0; k < 10; ++k) QVERIFY2(order[k] % 2 == 0, "the high group comes first, unbroken");
    for (std::size_t k = 10; k < 20; ++k) QVERIFY2(order[k] % 2 == 1, "then the low group, unbroken");
}

// Points on the diagonal project in their order along it; an undefined cell takes the column's
// mean (2 here), which puts that row in the middle.
void TestSeriation::ordersAlongTheLineAndFillsGaps() {
    const std::vector<std::vector<double>> rows{{1, 1}, {3, 3}, {2, std::nan("")}, {0, 0}};
    // column means: 1.5 and 4/3; row 2 becomes (2, 4/3): between rows 0 and 1 on the axis.
    const auto order = orderBySimilarity(rows);
    QCOMPARE(order, (std::vector<std::size_t>{1, 2, 0, 3}));
}

void TestSeriation::keepsSmallTablesAsTheyAre() {
    QCOMPARE(orderBySimilarity({{5}, {1}}), (std::vector<std::size_t>{0, 1}));
    QVERIFY(orderBySimilarity({}).empty());
}

QTEST_GUILESS_MAIN(TestSeriation)
#include "tst_seriation.moc"
