// The exposure network and peer comparison: aggregation, layout, percentile ranks.

#include "ExposureNetwork.h"
#include "TestSupport.h"
#include "PeerComparison.h"

#include <QTest>

#include <cmath>

using namespace eagle;

class TestNetwork : public QObject {
    Q_OBJECT
private slots:
    void aggregatesMoneyMarketTradesIntoEdges();
    void layoutIsDeterministicAndNormalised();
    void radarPercentilesAgainstPeers();

private:
    static std::vector<Institution> institutions(int n) {
        std::vector<Institution> out;
        for (int k = 1; k <= n; ++k) {
            Institution i;
            i.id = InstitutionId(k);
            i.code = "I" + std::to_string(k);
            i.type = k <= 2 ? InstitutionType::LargeBank : InstitutionType::Fund;
            out.push_back(i);
        }
        return out;
    }
    static Trade loan(int lender, int borrower, double notional, Product p = Product::Repo) {
        Trade t;
        t.product = p;
        t.buyer = InstitutionId(lender);
        t.seller = InstitutionId(borrower);
        t.notionalCny = notional;
        t.day = Date::fromYmd(2025, 1, 2);
        return t;
    }
};

void TestNetwork::aggregatesMoneyMarketTradesIntoEdges() {
    ExposureNetworkBuilder builder(institutions(3));
    builder.add(loan(1, 3, 100));
    builder.add(loan(1, 3, 50, Product::Lending));
    builder.add(loan(2, 3, 30));
    builder.add(loan(2, 1, 999, Product::BondCash));  // not an exposure
    const ExposureNetwork n = builder.build();
    QCOMPARE(n.edges.size(), std::size_t(2));
    QCOMPARE(n.edges[0].notionalCny, 150.0);
    QCOMPARE(n.edges[0].trades, 2);
    QCOMPARE(n.nodes[2].strength, 180.0);
    QCOMPARE(n.nodes[0].strength, 150.0);
    QCOMPARE(*n.indexOf(InstitutionId(3)), std::size_t(2));
}

void TestNetwork::layoutIsDeterministicAndNormalised() {
    ExposureNetworkBuilder builder(institutions(8));
    for (int b = 3; b <= 8; ++b) builder.add(loan(1 + b % 2, b, 1e9 * b));
    ExposureNetwork first = builder.build(), second = builder.build();
    layoutNetwork(first, 42);
    layoutNetwork(second, 42);
    double maxAbs = 0;
    for (std::size_t i = 0; i < first.nodes.size(); ++i) {
        QCOMPARE(first.nodes[i].x, second.nodes[i].x);
        QCOMPARE(first.nodes[i].y, second.nodes[i].y);
        maxAbs = std::max({maxAbs, std::abs(first.nodes[i].x), std::abs(first.nodes[i].y)});
    }
    QVERIFY(std::abs(maxAbs - 1.0) < 1e-9);
}

void TestNetwork::radarPercentilesAgainstPeers() {
    // Axis 0 values 10, 20, 30, 40 for institutions 1..4: mid-rank percentiles 12.5, 37.5, 62.5, 87.5.
    ProfileSummary summary{{1, {10}}, {2, {20}}, {3, {30}}, {4, {40}}};
    PeerComparison comparison(institutions(4), {"money_volume"}, summary);
    const RadarProfile p = comparison.profileOf(InstitutionId(4));
    QCOMPARE(p.peerGroup, std::string("fund"));
    QCOMPARE(p.institutionPct.at(0), 87.5);
    QCOMPARE(p.peerMedianPct.at(0), 75.0);  // funds 3 and 4: median of 62.5 and 87.5
    QCOMPARE(comparison.profileOf(InstitutionId(1)).peerMedianPct.at(0), 25.0);
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
