// Early-warning metrics against values worked out by hand on small examples.

#include "WarningMetrics.h"

#include <QTest>

#include <cmath>

using namespace eagle;

class TestWarningMetrics : public QObject {
    Q_OBJECT
private slots:
    void rankingMetricsByHand();
    void tiesCountTogether();
    void leadTimesByHand();
    void alarmThreshold();
};

// Ranked: + - + + - - + -. Each positive beats 4, 3, 3 and 1 of the 4 negatives: AUC 11/16.
// Precision where each positive enters: 1, 2/3, 3/4, 4/7, each adding recall 1/4: AP 251/336.
void TestWarningMetrics::rankingMetricsByHand() {
    const std::vector<double> s{0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4, 0.3};
    const std::vector<int> y{1, 0, 1, 1, 0, 0, 1, 0};
    QCOMPARE(rocAuc(s, y), 11.0 / 16);
    QVERIFY(std::abs(prAuc(s, y) - 251.0 / 336) < 1e-15);
    QCOMPARE(precisionAtK(s, y, 3), 2.0 / 3);
    QCOMPARE(precisionAtK(s, y, 5), 3.0 / 5);
    QCOMPARE(precisionAtK(s, y, 100), 0.5);
    QVERIFY(std::isnan(rocAuc({0.1, 0.2}, {0, 0})));
}

// The positive ties with one negative (half a win) and beats the other: AUC 0.75. At the tied
// threshold both enter together: precision 1/2 at recall 1, AP 0.5.
void TestWarningMetrics::tiesCountTogether() {
    QCOMPARE(rocAuc({0.5, 0.5, 0.2}, {1, 0, 0}), 0.75);
    QCOMPARE(prAuc({0.5, 0.5, 0.2}, {1, 0, 0}), 0.5);
    QCOMPARE(rocAuc({0.5, 0.5, 0.2}, {0, 1, 0}), 0.75);
}

void TestWarningMetrics::leadTimesByHand() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Eigen::MatrixXd s = Eigen::MatrixXd::Zero(2, 10);
    s.row(0) << 0, 0, 0, 0.1, 0.9, 0.2, 0.95, 0.1, 0, 0;
    s.row(1) << 0.85, 0.1, 0, nan, 0.7, 0.2, 0.1, 0.3, 0.1, 0;
    // row 0, onset day 8, window days 3-7: first warning day 4, lead 4.
    // row 1, onset day 9, window 4-8: never above 0.8. Onset day 2, window 0-1: day 0, lead 2.
    // row 1, onset day 4, window 0-3: day 0 again, lead 4.
    const LeadTimeSummary l = leadTimes(s, 0.8, {{0, 8}, {1, 9}, {1, 2}, {1, 4}}, 5);
    QCOMPARE(l.events, 4);
    QCOMPARE(l.warned, 3);
    QCOMPARE(l.leads, (std::vector<int>{4, 2, 4}));
    QCOMPARE(l.median, 4.0);
    // An onset whose window was never scored does not count.
    Eigen::MatrixXd unscored = Eigen::MatrixXd::Constant(1, 5, nan);
    QCOMPARE(leadTimes(unscored, 0.5, {{0, 3}}, 2).events, 0);
    QVERIFY(std::isnan(leadTimes(unscored, 0.5, {{0, 3}}, 2).median));
}

void TestWarningMetrics::alarmThreshold() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(thresholdForAlarmRate({0.1, 0.5, nan, 0.3, 0.9, 0.7, 0.2, 0.4, 0.6, 0.8, 1.0}, 0.2), 0.9);
    QCOMPARE(thresholdForAlarmRate({3, 1, 2}, 0.01), 3.0);
}

QTEST_GUILESS_MAIN(TestWarningMetrics)
#include "tst_warning_metrics.moc"
