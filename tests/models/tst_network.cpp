// The network layout (models/network) and peer comparison: layout continuity, percentile ranks.

#include "NetworkLayout.h"
#include "TestSupport.h"
#include "PeerComparison.h"

#include <QTest>

#include <cmath>

using namespace eagle;

class TestNetwork : public QObject {
    Q_OBJECT
private slots:
    void layoutIsDeterministicAndNormalised();
    void layoutContinuesFromThePreviousDay();
    void largeLayoutKeepsThePreviousDay();
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
    static MultilayerNetwork market(int n);
};

// A star of lenders around two hubs and an ownership link, as models/network builds it.
MultilayerNetwork TestNetwork::market(int n) {
    MultilayerNetwork net;
    for (const Institution& i : institutions(n)) net.institutions.push_back({i.id, i.code, i.type, 1e11, 1e10});
    for (int b = 3; b <= n; ++b)
        net.edges.push_back({std::uint32_t(b % 2), std::uint32_t(b - 1), 1e9 * b, NetworkLayer::Repo});
    net.edges.push_back({0, 1, 0.6, NetworkLayer::Ownership});
    return net;
}

void TestNetwork::layoutIsDeterministicAndNormalised() {
    const MultilayerNetwork net = market(8);
    const NetworkLayout first = layoutNetwork(net, 42), second = layoutNetwork(net, 42);
    QCOMPARE(first.institutions.size(), std::size_t(8));
    QCOMPARE(*first.indexOf(InstitutionId(3)), std::size_t(2));
    double maxAbs = 0;
    for (std::size_t i = 0; i < first.x.size(); ++i) {
        QCOMPARE(first.x[i], second.x[i]);
        QCOMPARE(first.y[i], second.y[i]);
        maxAbs = std::max({maxAbs, std::abs(first.x[i]), std::abs(first.y[i])});
    }
    QVERIFY(std::abs(maxAbs - 1.0) < 1e-9);
}

// The next day of the same market starts from the previous picture: institutions move far less
// than between two unrelated layouts (another seed).
void TestNetwork::layoutContinuesFromThePreviousDay() {
    const MultilayerNetwork today = market(30);
    const NetworkLayout yesterday = layoutNetwork(today, 1);
    MultilayerNetwork tomorrow = today;
    tomorrow.edges.push_back({5, 20, 3e9, NetworkLayer::Interbank});
    const NetworkLayout continued = layoutNetwork(tomorrow, 1, {}, &yesterday);
    const NetworkLayout fresh = layoutNetwork(tomorrow, 7);
    auto meanMove = [&](const NetworkLayout& l) {
        double sum = 0;
        for (std::size_t i = 0; i < l.x.size(); ++i) sum += std::hypot(l.x[i] - yesterday.x[i], l.y[i] - yesterday.y[i]);
        return sum / double(l.x.size());
    };
    QVERIFY2(meanMove(continued) < 0.5 * meanMove(fresh),
             qPrintable(QString("continued %1, fresh %2").arg(meanMove(continued)).arg(meanMove(fresh))));
}

// Above igraph's grid threshold the next day keeps yesterday's picture exactly; a newcomer sits at
// the centre of its counterparties.
void TestNetwork::largeLayoutKeepsThePreviousDay() {
    const MultilayerNetwork today = market(1001);
    const NetworkLayout yesterday = layoutNetwork(today, 1);
    MultilayerNetwork tomorrow = today;
    NetworkInstitution newcomer;
    newcomer.id = InstitutionId(9999);
    newcomer.code = "NEW";
    tomorrow.institutions.push_back(newcomer);
    tomorrow.edges.push_back({1001, 2, 1e9, NetworkLayer::Repo});
    tomorrow.edges.push_back({7, 1001, 1e9, NetworkLayer::Interbank});
    const NetworkLayout next = layoutNetwork(tomorrow, 1, {}, &yesterday);
    for (std::size_t i = 0; i < 1001; ++i) {
        QCOMPARE(next.x[i], yesterday.x[i]);
        QCOMPARE(next.y[i], yesterday.y[i]);
    }
    QVERIFY(std::abs(next.x[1001] - (yesterday.x[2] + yesterday.x[7]) / 2) < 1e-12);
    QVERIFY(std::abs(next.y[1001] - (yesterday.y[2] + yesterday.y[7]) / 2) < 1e-12);
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
