// Network analytics against values worked out by hand on small graphs, and against power
// iterations written here independently of igraph.

#include "NetworkMetrics.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace eagle;

class TestNetworkMetrics : public QObject {
    Q_OBJECT
private slots:
    void pageRankMatchesPowerIteration();
    void hubsAndAuthoritiesMatchPowerIteration();
    void eigenvectorOnSymmetrisedGraph();
    void betweennessByHand();
    void weightedBetweennessFollowsLargeExposures();
    void sampledBetweennessOnAStar();
    void coresAndStrongComponents();
    void communitiesOfTwoCliques();
    void layersAreMergedPerPair();

private:
    static ExposureGraph graph(std::size_t n, std::vector<ExposureEdge> edges) { return {n, std::move(edges)}; }
    // A random weighted digraph with a dangling node (no claims) and no self-loops.
    static ExposureGraph randomGraph(std::size_t n, int edges, unsigned seed) {
        std::mt19937 random(seed);
        std::uniform_int_distribution<std::uint32_t> node(0, static_cast<std::uint32_t>(n - 1));
        std::uniform_real_distribution<double> amount(1, 100);
        ExposureGraph g{n, {}};
        std::vector<char> used(n * n, 0);
        while (static_cast<int>(g.edges.size()) < edges) {
            const auto a = node(random), b = node(random);
            if (a == b || a == n - 1 || used[a * n + b]) continue;  // node n-1 dangles
            used[a * n + b] = 1;
            g.edges.push_back({a, b, amount(random), NetworkLayer::Interbank});
        }
        return g;
    }
    static std::vector<std::vector<double>> dense(const ExposureGraph& g) {
        std::vector<std::vector<double>> w(g.nodes, std::vector<double>(g.nodes, 0.0));
        for (const auto& e : g.edges) w[e.creditor][e.debtor] += e.amount;
        return w;
    }
};

void TestNetworkMetrics::pageRankMatchesPowerIteration() {
    const ExposureGraph g = randomGraph(12, 40, 7);
    const auto w = dense(g);
    const std::size_t n = g.nodes;
    const double d = 0.85;
    // Weighted PageRank with teleportation 1/n; a dangling node's rank spreads evenly.
    std::vector<double> pr(n, 1.0 / n);
    for (int it = 0; it < 1000; ++it) {
        std::vector<double> next(n, (1 - d) / n);
        for (std::size_t i = 0; i < n; ++i) {
            double out = 0;
            for (double x : w[i]) out += x;
            for (std::size_t j = 0; j < n; ++j) next[j] += out > 0 ? d * pr[i] * w[i][j] / out : d * pr[i] / n;
        }
        pr = next;
    }
    const NetworkMeasures m = measureNetwork(g);
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        QVERIFY2(std::abs(m.nodes[i].pageRank - pr[i]) < 1e-9, qPrintable(QString::number(i)));
        sum += m.nodes[i].pageRank;
    }
    QVERIFY(std::abs(sum - 1) < 1e-12);
}

void TestNetworkMetrics::hubsAndAuthoritiesMatchPowerIteration() {
    const ExposureGraph g = randomGraph(10, 30, 11);
    const auto w = dense(g);
    const std::size_t n = g.nodes;
    // authority = principal eigenvector of W^T W, hub = of W W^T; both scaled to a maximum of 1.
    std::vector<double> hub(n, 1.0), authority(n, 1.0);
    for (int it = 0; it < 2000; ++it) {
        std::vector<double> a(n, 0.0), h(n, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) a[j] += w[i][j] * hub[i];
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) h[i] += w[i][j] * a[j];
        const double ma = *std::max_element(a.begin(), a.end()), mh = *std::max_element(h.begin(), h.end());
        for (std::size_t i = 0; i < n; ++i) authority[i] = a[i] / ma, hub[i] = h[i] / mh;
    }
    const NetworkMeasures m = measureNetwork(g);
    for (std::size_t i = 0; i < n; ++i) {
        QVERIFY2(std::abs(m.nodes[i].hub - hub[i]) < 1e-6, qPrintable(QString::number(i)));
        QVERIFY2(std::abs(m.nodes[i].authority - authority[i]) < 1e-6, qPrintable(QString::number(i)));
    }
}

void TestNetworkMetrics::eigenvectorOnSymmetrisedGraph() {
    const ExposureGraph g = randomGraph(10, 30, 5);
    auto w = dense(g);
    const std::size_t n = g.nodes;
    // Power iteration on (W + W^T + I): the shift keeps the iteration from oscillating and does
    // not change the eigenvector.
    std::vector<double> x(n, 1.0);
    for (int it = 0; it < 5000; ++it) {
        std::vector<double> y = x;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j) y[i] += (w[i][j] + w[j][i]) * x[j];
        const double top = *std::max_element(y.begin(), y.end());
        for (std::size_t i = 0; i < n; ++i) x[i] = y[i] / top;
    }
    const NetworkMeasures m = measureNetwork(g);
    for (std::size_t i = 0; i < n; ++i)
        QVERIFY2(std::abs(m.nodes[i].eigenvector - x[i]) < 1e-6, qPrintable(QString::number(i)));
}

void TestNetworkMetrics::betweennessByHand() {
    // A chain 0 -> 1 -> 2 -> 3: node 1 lies on the paths 0-2 and 0-3, node 2 on 0-3 and 1-3;
    // over (n-1)(n-2) = 6 ordered pairs that is 1/3 each; the ends lie on none.
    const NetworkMeasures m = measureNetwork(graph(4, {{0, 1, 5}, {1, 2, 5}, {2, 3, 5}}));
    QCOMPARE(m.nodes[0].betweenness, 0.0);
    QVERIFY(std::abs(m.nodes[1].betweenness - 1.0 / 3) < 1e-12);
    QVERIFY(std::abs(m.nodes[2].betweenness - 1.0 / 3) < 1e-12);
    QCOMPARE(m.nodes[3].betweenness, 0.0);
    QCOMPARE(m.betweennessSources, 0);
}

void TestNetworkMetrics::weightedBetweennessFollowsLargeExposures() {
    // Two routes from 0 to 3. Equal amounts: the two shortest paths share the pair (1/2 each of
    // one pair in 12). Large exposures through 1: every shortest path goes through 1.
    const NetworkMeasures even = measureNetwork(graph(4, {{0, 1, 10}, {1, 3, 10}, {0, 2, 10}, {2, 3, 10}}));
    QVERIFY(std::abs(even.nodes[1].betweenness - 0.5 / 6) < 1e-12);
    QVERIFY(std::abs(even.nodes[2].betweenness - 0.5 / 6) < 1e-12);
    const NetworkMeasures heavy = measureNetwork(graph(4, {{0, 1, 100}, {1, 3, 100}, {0, 2, 10}, {2, 3, 10}}));
    QVERIFY(std::abs(heavy.nodes[1].betweenness - 1.0 / 6) < 1e-12);
    QCOMPARE(heavy.nodes[2].betweenness, 0.0);
}

void TestNetworkMetrics::sampledBetweennessOnAStar() {
    // A two-way star: every path between two leaves goes through the centre, (n-1)(n-2) ordered
    // pairs, so its normalised betweenness is 1. From k sampled sources scaled by n/k the
    // estimate is within n/(n-1) of that.
    const std::uint32_t n = 60;
    ExposureGraph g{n, {}};
    for (std::uint32_t leaf = 1; leaf < n; ++leaf) {
        g.edges.push_back({0, leaf, 1.0 + leaf});
        g.edges.push_back({leaf, 0, 2.0});
    }
    MetricOptions o;
    o.exactBetweennessWork = 10;
    o.betweennessSamples = 20;
    const NetworkMeasures m = measureNetwork(g, o);
    QCOMPARE(m.betweennessSources, 20);
    QVERIFY2(m.nodes[0].betweenness > 0.95 && m.nodes[0].betweenness < 1.0 * n / (n - 1) + 1e-9,
             qPrintable(QString::number(m.nodes[0].betweenness)));
    for (std::uint32_t leaf = 1; leaf < n; ++leaf) QCOMPARE(m.nodes[leaf].betweenness, 0.0);
}

void TestNetworkMetrics::coresAndStrongComponents() {
    // A ring 0 -> 1 -> 2 -> 0 fed by 3, with 4 alone; plus a 4-clique 5..8 (i -> j for i < j:
    // three neighbours each, a 3-core) and 9 hanging off 8 (a 1-core).
    std::vector<ExposureEdge> edges{{0, 1, 1}, {1, 2, 1}, {2, 0, 1}, {3, 0, 1}, {8, 9, 1}};
    for (std::uint32_t i = 5; i <= 8; ++i)
        for (std::uint32_t j = i + 1; j <= 8; ++j) edges.push_back({i, j, 1});
    const NetworkMeasures m = measureNetwork(graph(10, edges));
    for (int i : {5, 6, 7, 8}) QCOMPARE(m.nodes[i].coreness, 3);
    QCOMPARE(m.nodes[9].coreness, 1);
    QCOMPARE(m.nodes[4].coreness, 0);
    QCOMPARE(m.nodes[0].coreness, 2);
    QCOMPARE(m.maxCoreness, 3);
    // The ring is the only component with more than one member: id 0; the other 7 are alone.
    QCOMPARE(m.components, 8);
    QCOMPARE(m.largestComponent, 3);
    for (int i : {0, 1, 2}) QCOMPARE(m.nodes[i].scc, 0);
    QVERIFY(m.nodes[3].scc != 0);
    QCOMPARE(m.nodes[0].inDegree, 2);
    QCOMPARE(m.nodes[0].outDegree, 1);
}

void TestNetworkMetrics::communitiesOfTwoCliques() {
    // Two groups of five lending heavily among themselves, one small loan between the groups.
    std::vector<ExposureEdge> edges;
    for (std::uint32_t g = 0; g < 2; ++g)
        for (std::uint32_t i = 0; i < 5; ++i)
            for (std::uint32_t j = 0; j < 5; ++j)
                if (i != j) edges.push_back({5 * g + i, 5 * g + j, 100});
    edges.push_back({0, 5, 1});
    const NetworkMeasures m = measureNetwork(graph(10, edges));
    QCOMPARE(m.communities, 2);
    for (int i = 1; i < 5; ++i) QCOMPARE(m.nodes[i].community, m.nodes[0].community);
    for (int i = 6; i < 10; ++i) QCOMPARE(m.nodes[i].community, m.nodes[5].community);
    QVERIFY(m.nodes[0].community != m.nodes[5].community);
    // Modularity of two equal, nearly closed halves: just under 1/2.
    QVERIFY2(m.modularity > 0.49 && m.modularity < 0.5, qPrintable(QString::number(m.modularity)));
}

void TestNetworkMetrics::layersAreMergedPerPair() {
    const ExposureGraph g = graph(3, {{0, 1, 30, NetworkLayer::Repo},
                                      {0, 1, 50, NetworkLayer::Bond},
                                      {1, 2, 5, NetworkLayer::FxSwap},
                                      {2, 2, 99, NetworkLayer::Repo}});
    const ExposureGraph merged = g.merged();
    QCOMPARE(merged.edges.size(), std::size_t(2));
    QCOMPARE(merged.edges[0].amount, 80.0);
    QVERIFY(merged.edges[0].layer == NetworkLayer::Bond);
    const NetworkMeasures m = measureNetwork(g);
    QCOMPARE(m.nodes[0].outStrength, 80.0);
    QCOMPARE(m.nodes[1].inStrength, 80.0);
    QCOMPARE(m.nodes[2].inStrength, 5.0);  // the self-loop is not an exposure
    QCOMPARE(m.edges, std::size_t(2));
}

QTEST_GUILESS_MAIN(TestNetworkMetrics)
#include "tst_network_metrics.moc"
