// Prints how fast the network analytics and contagion run on an exposure network of 5,000
// institutions and 200,000 exposures (core-periphery: partners drawn by size, heavy-tailed
// amounts), and how fast the multilayer network of a simulated market is rebuilt for another day.
// One line per figure: "name value unit". Goal: centralities + DebtRank + clearing under 1 s.

#include "ClearingVector.h"
#include "DebtRank.h"
#include "MarketSimulator.h"
#include "NetworkHistory.h"
#include "NetworkMetrics.h"
#include "ScenarioCatalog.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <numeric>
#include <random>
#include <unordered_set>

using namespace eagle;

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Processor time of the whole process (both threads), to read next to the wall clock on a
// shared machine.
double cpuMs() { return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

struct System {
    ExposureGraph graph;
    std::vector<double> equity, externalAssets;
};

System corePeriphery(std::size_t n, std::size_t edges, unsigned seed) {
    std::mt19937_64 random(seed);
    std::lognormal_distribution<double> size(0, 1.6);
    std::vector<double> weight(n);
    for (auto& w : weight) w = size(random);
    std::discrete_distribution<std::uint32_t> pick(weight.begin(), weight.end());
    std::uniform_real_distribution<double> unit(0, 1);
    System s;
    s.graph.nodes = n;
    std::unordered_set<std::uint64_t> seen;
    while (s.graph.edges.size() < edges) {
        const std::uint32_t a = pick(random), b = pick(random);
        if (a == b || !seen.insert((std::uint64_t(a) << 32) | b).second) continue;
        const double amount = 1e8 * std::pow(1 - unit(random), -1 / 1.5);  // Pareto, alpha 1.5
        s.graph.edges.push_back({a, b, amount, unit(random) < 0.7 ? NetworkLayer::Repo : NetworkLayer::Interbank});
    }
    const auto claims = s.graph.assets(), debts = s.graph.liabilities();
    for (std::size_t i = 0; i < n; ++i) {
        const double assets = 3 * (claims[i] + debts[i]) + 1e9 * weight[i];
        s.equity.push_back(0.04 * assets);
        s.externalAssets.push_back(assets - claims[i]);
    }
    return s;
}

}  // namespace

int main() {
    const System s = corePeriphery(5000, 200000, 7);
    std::printf("network_nodes %zu count\nnetwork_edges %zu count\n", s.graph.nodes, s.graph.edges.size());

    // Centralities: PageRank, hubs and authorities, eigenvector, k-cores, strong components and
    // betweenness (sampled); communities (Leiden) timed on their own.
    const double cpuStart = cpuMs();
    MetricOptions centralOnly;
    centralOnly.communities = false;
    auto t = std::chrono::steady_clock::now();
    const NetworkMeasures m = measureNetwork(s.graph, centralOnly);
    const double metrics = msSince(t);
    std::printf("centralities_ms %.1f ms\n", metrics);
    std::printf("betweenness_sources %d count\n", m.betweennessSources);
    // The shock: the institution with the largest PageRank fails.
    const std::size_t hub = static_cast<std::size_t>(
        std::max_element(m.nodes.begin(), m.nodes.end(), [](auto& a, auto& b) { return a.pageRank < b.pageRank; }) -
        m.nodes.begin());
    std::vector<double> shock(s.graph.nodes, 0.0);
    shock[hub] = 1;
    t = std::chrono::steady_clock::now();
    const ContagionResult linear = debtRank(s.graph, s.equity, shock);
    const double linearMs = msSince(t);
    std::printf("debtrank_linear_ms %.1f ms\ndebtrank_linear_rounds %zu count\n", linearMs, linear.rounds.size() - 1);
    DebtRankOptions single;
    single.variant = DebtRankVariant::SingleHit;
    t = std::chrono::steady_clock::now();
    debtRank(s.graph, s.equity, shock, single);
    std::printf("debtrank_single_ms %.1f ms\n", msSince(t));

    // Clearing: the 50 largest debtors lose all their external assets, a severe shock that
    // makes the fictitious default algorithm go through several rounds.
    std::vector<std::size_t> byDebt(s.graph.nodes);
    std::iota(byDebt.begin(), byDebt.end(), 0);
    const auto debts = s.graph.liabilities();
    std::partial_sort(byDebt.begin(), byDebt.begin() + 50, byDebt.end(), [&](auto a, auto b) { return debts[a] > debts[b]; });
    std::vector<double> loss(s.graph.nodes, 0.0);
    for (std::size_t k = 0; k < 50; ++k) loss[byDebt[k]] = s.externalAssets[byDebt[k]];
    t = std::chrono::steady_clock::now();
    const ContagionResult clearing = clearingVector(s.graph, {s.externalAssets, {}, loss, {}});
    const double clearingMs = msSince(t);
    std::printf("clearing_ms %.1f ms\nclearing_defaults %d count\nclearing_rounds %zu count\n", clearingMs, clearing.defaults,
                clearing.rounds.size() - 1);
    std::printf("centralities_debtrank_clearing_ms %.1f ms\n", metrics + linearMs + clearingMs);
    std::printf("centralities_debtrank_clearing_cpu_ms %.1f ms\n", cpuMs() - cpuStart);

    t = std::chrono::steady_clock::now();
    const NetworkMeasures all = measureNetwork(s.graph);
    std::printf("centralities_and_communities_ms %.1f ms\ncommunities %d count\nmodularity %.3f ratio\n", msSince(t),
                all.communities, all.modularity);
    MetricOptions lean;
    lean.betweenness = false;
    lean.communities = false;
    t = std::chrono::steady_clock::now();
    measureNetwork(s.graph, lean);
    std::printf("centralities_without_betweenness_ms %.1f ms\n", msSince(t));

    // Rebuilding the multilayer network of a simulated market for another day.
    const std::string path = (std::filesystem::temp_directory_path() / "bench_network.eagle").string();
    std::filesystem::remove(path);
    SimulatorConfig config{300, 250, 5};
    config.scenarios = parseScenarioList("none");
    createWorkspace(path, [&](Store& store) { MarketSimulator(config).run(store); });
    {
        Store store = Store::openReadOnly(path);
        t = std::chrono::steady_clock::now();
        const NetworkHistory history = NetworkHistory::load(store);
        std::printf("network_history_load_300x250_ms %.1f ms\n", msSince(t));
        const auto& days = history.tradingDays();
        t = std::chrono::steady_clock::now();
        std::size_t links = 0;
        for (std::size_t d = days.size() - 20; d < days.size(); ++d) links += history.asOf(days[d]).edges.size();
        std::printf("network_asof_day_300x250_ms %.1f ms\n", msSince(t) / 20);
        std::printf("network_asof_links %zu count\n", links / 20);
    }
    std::filesystem::remove(path);
    return 0;
}
