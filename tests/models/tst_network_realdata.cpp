// The analytics, contagion and reconstruction on real networks (../shared/realdata; skipped when
// absent): the SNAP Bitcoin OTC and Alpha trust networks, about 4,500 banks with their interbank
// totals and estimated edges (AI4Risk), and the NEVA toy system through the CLI.

#include "Cli.h"
#include "DebtRank.h"
#include "NetworkMetrics.h"
#include "Reconstruction.h"
#include "ReconstructionEnsemble.h"
#include "TestSupport.h"

#include <QTest>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

using namespace eagle;

namespace {

const std::string kRealData = EAGLEEYE_REALDATA_DIR;

std::vector<std::vector<std::string>> readCsv(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> fields;
        std::stringstream s(line);
        for (std::string f; std::getline(s, f, ',');) fields.push_back(f);
        rows.push_back(std::move(fields));
    }
    return rows;
}

// Strongly connected components by Kosaraju, independently of igraph: the count and the largest.
std::pair<int, int> strongComponents(const ExposureGraph& g) {
    std::vector<std::vector<std::uint32_t>> out(g.nodes), in(g.nodes);
    for (const auto& e : g.edges) out[e.creditor].push_back(e.debtor), in[e.debtor].push_back(e.creditor);
    std::vector<char> seen(g.nodes, 0);
    std::vector<std::uint32_t> finish;
    for (std::uint32_t s = 0; s < g.nodes; ++s) {
        if (seen[s]) continue;
        std::vector<std::pair<std::uint32_t, std::size_t>> stack{{s, 0}};
        seen[s] = 1;
        while (!stack.empty()) {
            auto& [v, k] = stack.back();
            if (k < out[v].size()) {
                const std::uint32_t w = out[v][k++];
                if (!seen[w]) seen[w] = 1, stack.push_back({w, 0});
            } else {
                finish.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::vector<int> component(g.nodes, -1);
    int count = 0, largest = 0;
    for (auto it = finish.rbegin(); it != finish.rend(); ++it) {
        if (component[*it] >= 0) continue;
        int size = 0;
        std::vector<std::uint32_t> stack{*it};
        component[*it] = count;
        while (!stack.empty()) {
            const auto v = stack.back();
            stack.pop_back();
            ++size;
            for (auto w : in[v])
                if (component[w] < 0) component[w] = count, stack.push_back(w);
        }
        largest = std::max(largest, size);
        ++count;
    }
    return {count, largest};
}

// A SNAP signed trust network: every rater and rated account is a node; trust (rating > 0) is
// an edge weighted by the rating, distrust is left out.
ExposureGraph trustNetwork(const std::string& path, std::size_t& ratings) {
    const auto rows = readCsv(path);
    std::map<long, std::uint32_t> index;
    ExposureGraph g;
    ratings = rows.size() - 1;
    auto node = [&](const std::string& id) {
        return index.emplace(std::stol(id), static_cast<std::uint32_t>(index.size())).first->second;
    };
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto a = node(rows[r][0]), b = node(rows[r][1]);
        const double rating = std::stod(rows[r][2]);
        if (rating > 0) g.edges.push_back({a, b, rating, NetworkLayer::Interbank});
    }
    g.nodes = index.size();
    return g;
}

}  // namespace

class TestNetworkRealData : public QObject {
    Q_OBJECT
private slots:
    void bitcoinTrustNetworks_data();
    void bitcoinTrustNetworks();
    void usBanksReconstructedFromTotals();
    void usBanksDebtRankOnPublishedEdges();
    void ebaBanksEnsembleBands();
    void nevaToyThroughTheCli();
};

void TestNetworkRealData::bitcoinTrustNetworks_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("ratings");
    // Node and edge counts as published by SNAP (Kumar et al. 2016).
    QTest::newRow("otc") << "soc-sign-bitcoinotc.csv" << 5881 << 35592;
    QTest::newRow("alpha") << "soc-sign-bitcoinalpha.csv" << 3783 << 24186;
}

void TestNetworkRealData::bitcoinTrustNetworks() {
    QFETCH(QString, file);
    QFETCH(int, nodes);
    QFETCH(int, ratings);
    const std::string path = kRealData + "/snap_bitcoin_trust/" + file.toStdString();
    if (!std::filesystem::exists(path)) QSKIP("realdata not present");
    std::size_t read = 0;
    const ExposureGraph g = trustNetwork(path, read);
    QCOMPARE(static_cast<int>(g.nodes), nodes);
    QCOMPARE(static_cast<int>(read), ratings);
    const NetworkMeasures m = measureNetwork(g);
    const auto [components, largest] = strongComponents(g);
    QCOMPARE(m.components, components);
    QCOMPARE(m.largestComponent, largest);
    double pageRank = 0;
    for (const auto& n : m.nodes) pageRank += n.pageRank;
    QVERIFY(std::abs(pageRank - 1) < 1e-9);
    // A marketplace has communities of traders and a dense core of regulars.
    QVERIFY2(m.communities > 5 && m.modularity > 0.3,
             qPrintable(QString("%1 %2").arg(m.communities).arg(m.modularity)));
    QVERIFY(m.maxCoreness >= 10);
    QVERIFY(m.betweennessSources > 0);  // large enough to be sampled
}

void TestNetworkRealData::usBanksReconstructedFromTotals() {
    const std::string path = kRealData + "/ai4risk_interbank/nodes_2016Q1.csv";
    if (!std::filesystem::exists(path)) QSKIP("realdata not present");
    const auto rows = readCsv(path);
    const auto& header = rows.front();
    const auto col = [&](const char* name) { return std::find(header.begin(), header.end(), name) - header.begin(); };
    const auto ca = col("Interbank_assets"), cl = col("Interbank_liabilities");
    std::vector<double> assets, liabilities;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        auto value = [&](long c) {
            return c < static_cast<long>(rows[r].size()) && !rows[r][c].empty() ? std::max(0.0, std::stod(rows[r][c]))
                                                                                : 0.0;
        };
        assets.push_back(value(ca));
        liabilities.push_back(value(cl));
    }
    QCOMPARE(assets.size(), std::size_t(4548));
    const auto balanced = balancedLiabilities(assets, liabilities);
    double total = 0;
    for (double a : assets) total += a;
    const ExposureGraph g = minimumDensity(assets, balanced, 1);
    const auto rowSums = g.assets(), colSums = g.liabilities();
    for (std::size_t i = 0; i < assets.size(); ++i) {
        QVERIFY(std::abs(rowSums[i] - assets[i]) <= 1e-9 * total);
        QVERIFY(std::abs(colSums[i] - balanced[i]) <= 1e-9 * total);
    }
    // Sparse: fewer links than banks with a total, as in the authors' own reconstruction.
    QVERIFY2(g.edges.size() < 2 * assets.size(), qPrintable(QString::number(g.edges.size())));
    // Maximum entropy in product form meets both totals too, without a 4,548^2 matrix.
    QVERIFY(maxEntropyFactors(assets, balanced).largestGap <= 1e-8 * total);
}

void TestNetworkRealData::usBanksDebtRankOnPublishedEdges() {
    const std::string edges = kRealData + "/ai4risk_interbank/edge_2016Q1.csv";
    const std::string nodes = kRealData + "/ai4risk_interbank/nodes_2016Q1.csv";
    if (!std::filesystem::exists(edges)) QSKIP("realdata not present");
    const auto nodeRows = readCsv(nodes);
    const auto equityColumn = std::find(nodeRows[0].begin(), nodeRows[0].end(), "Equity") - nodeRows[0].begin();
    std::vector<double> equity;
    for (std::size_t r = 1; r < nodeRows.size(); ++r)
        equity.push_back(nodeRows[r].size() > static_cast<std::size_t>(equityColumn) &&
                                 !nodeRows[r][equityColumn].empty()
                             ? std::stod(nodeRows[r][equityColumn])
                             : 0.0);
    ExposureGraph g{equity.size(), {}};
    const auto rows = readCsv(edges);
    for (std::size_t r = 1; r < rows.size(); ++r)
        g.edges.push_back({static_cast<std::uint32_t>(std::stoul(rows[r][0])),
                           static_cast<std::uint32_t>(std::stoul(rows[r][1])), std::stod(rows[r][2]),
                           NetworkLayer::Interbank});
    QCOMPARE(g.edges.size(), std::size_t(11631));
    // The bank owing most fails: linear DebtRank settles, losses stay within equity, and the
    // contagion loss equals the sum over institutions.
    const auto owed = g.liabilities();
    std::vector<double> shock(g.nodes, 0.0);
    shock[static_cast<std::size_t>(std::max_element(owed.begin(), owed.end()) - owed.begin())] = 1;
    const ContagionResult r = debtRank(g, equity, shock);
    QVERIFY(r.converged);
    double sum = 0;
    for (std::size_t i = 0; i < g.nodes; ++i) {
        const auto& s = r.institutions[i];
        QVERIFY(s.finalDistress >= s.initialDistress && s.finalDistress <= 1);
        QVERIFY(s.contagionLoss <= std::max(0.0, equity[i]) * (1 - s.initialDistress) * (1 + 1e-9));
        sum += s.contagionLoss;
    }
    QVERIFY(std::abs(sum - r.contagionLoss) <= 1e-6 * std::max(1.0, sum));
    QVERIFY(r.contagionLoss > 0);
}

void TestNetworkRealData::ebaBanksEnsembleBands() {
    // The EBA 2018 stress-test banks (INET Oxford's transcription): interbank assets I_i and CET1
    // capital, EUR m. Only the asset side is published, so liabilities are taken proportional to
    // assets (the liabilities are scaled to the same total anyway): the bands show how much a
    // bank's centrality and systemic impact depend on who lends to whom, which nobody reported.
    const std::string path = kRealData + "/eba_2016_2018_inet/EBA_2018_evaluated.csv";
    if (!std::filesystem::exists(path)) QSKIP("realdata not present");
    const auto rows = readCsv(path);
    const auto& header = rows.front();
    const auto ci = std::find(header.begin(), header.end(), "I_i") - header.begin();
    const auto ce = std::find(header.begin(), header.end(), "CET1E") - header.begin();
    std::vector<double> assets, capital;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() <= static_cast<std::size_t>(std::max(ci, ce)) || rows[r][ci].empty() || rows[r][ce].empty())
            continue;
        assets.push_back(std::stod(rows[r][ci]));
        capital.push_back(std::stod(rows[r][ce]));
    }
    QVERIFY(assets.size() >= 40);
    const ExposureGraph me = maxEntropy(assets, assets);
    const auto rowSums = me.assets(), colSums = me.liabilities();
    double total = 0;
    for (double a : assets) total += a;
    for (std::size_t i = 0; i < assets.size(); ++i) {
        QVERIFY(std::abs(rowSums[i] - assets[i]) <= 1e-8 * total);
        QVERIFY(std::abs(colSums[i] - assets[i]) <= 1e-8 * total);
    }
    EnsembleOptions o;
    o.samples = 30;
    const EnsembleBands b = reconstructionEnsemble(assets, assets, capital, o);
    int spread = 0;
    for (std::size_t i = 0; i < assets.size(); ++i) {
        QVERIFY(b.pageRank[i].p5 <= b.pageRank[i].p50 && b.pageRank[i].p50 <= b.pageRank[i].p95);
        QVERIFY(b.failureDebtRank[i].p5 <= b.failureDebtRank[i].p95);
        spread += b.failureDebtRank[i].p95 > b.failureDebtRank[i].p5 + 0.01;
    }
    QVERIFY(spread > 5);  // for many banks the answer moves by more than 1% of the system
    QVERIFY(b.links.p95 < 2.0 * static_cast<double>(assets.size()));
}

void TestNetworkRealData::nevaToyThroughTheCli() {
    const std::string dir = kRealData + "/neva_toy";
    if (!std::filesystem::exists(dir)) QSKIP("realdata not present");
    // NEVA's own files (github.com/marcobardoscia/neva, data/): A's failure leaves C with half
    // its equity (worked by hand in tst_contagion).
    std::ostringstream out, err;
    QCOMPARE(cli::run({"stress", "--exposures", dir + "/exposures_list.csv", "--buffers", dir + "/balance_sheets.csv",
                       "--shock", "A", "--method", "clearing", "--csv"},
                      out, err),
             0);
    QVERIFY2(out.str().find("\nC,0.00000000,0.50000000,0.0000,0.5000") != std::string::npos, out.str().c_str());
    out.str({});
    QCOMPARE(cli::run({"stress", "--exposures", dir + "/exposures_table.csv", "--buffers", dir + "/balance_sheets.csv",
                       "--shock", "A:0.2", "--method", "debtrank", "--csv"},
                      out, err),
             0);
    QVERIFY2(out.str().find("\nA,0.20000000,0.22857143") != std::string::npos, out.str().c_str());
}

QTEST_GUILESS_MAIN(TestNetworkRealData)
#include "tst_network_realdata.moc"
