#include "NetworkMetrics.h"

#include "Betweenness.h"
#include "IgraphHandles.h"
#include "Progress.h"

#if EAGLEEYE_HAS_OPENMP
#include <omp.h>
#endif

#include <algorithm>
#include <future>
#include <map>
#include <numeric>
#include <random>

namespace eagle {
namespace {

using Endpoints = std::vector<std::pair<std::size_t, std::size_t>>;

// igraph's PageRank (PRPACK) runs OpenMP parallel loops whose idle threads then spin, burning the
// other core for the rest of the analysis: on two shared cores one thread is faster.
class SerialOpenMp {
public:
#if EAGLEEYE_HAS_OPENMP
    SerialOpenMp() : before_(omp_get_max_threads()) { omp_set_num_threads(1); }
    ~SerialOpenMp() { omp_set_num_threads(before_); }

private:
    int before_;
#endif
};

// Renumbers group ids so that 0 is the largest group, 1 the next, ...; returns the group count.
int relabelBySize(const ig::IntVector& membership, std::vector<NodeMeasures>& nodes, int NodeMeasures::*field,
                  int* largest) {
    std::map<igraph_integer_t, int> size;
    for (std::size_t i = 0; i < membership.size(); ++i) ++size[membership[i]];
    std::vector<std::pair<int, igraph_integer_t>> order;
    for (const auto& [id, n] : size) order.push_back({-n, id});
    std::sort(order.begin(), order.end());
    std::map<igraph_integer_t, int> label;
    for (std::size_t k = 0; k < order.size(); ++k) label[order[k].second] = static_cast<int>(k);
    for (std::size_t i = 0; i < membership.size(); ++i) nodes[i].*field = label[membership[i]];
    if (largest) *largest = order.empty() ? 0 : -order.front().first;
    return static_cast<int>(order.size());
}

void scaleToMax(std::vector<NodeMeasures>& nodes, double NodeMeasures::*field) {
    double top = 0;
    for (const auto& n : nodes) top = std::max(top, std::abs(n.*field));
    for (auto& n : nodes) n.*field = top > 0 ? std::abs(n.*field) / top : 0;
}

// Betweenness: all sources while that is cheap, else a uniform sample scaled up by n / k.
// Path lengths mean(amount) / amount: large exposures are short, strong links.
std::vector<double> betweennessOf(const ExposureGraph& g, const MetricOptions& o, int& sampled,
                                  const std::stop_token& stop) {
    const std::size_t n = g.nodes;
    std::vector<double> between(n, 0.0);
    if (!o.betweenness || g.edges.empty()) return between;
    double mean = 0;
    for (const auto& e : g.edges) mean += e.amount / static_cast<double>(g.edges.size());
    std::vector<double> length;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    length.reserve(g.edges.size());
    arcs.reserve(g.edges.size());
    for (const auto& e : g.edges) {
        arcs.push_back({e.creditor, e.debtor});
        length.push_back(mean / e.amount);
    }
    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    double scale = 1;
    const double work = static_cast<double>(n) * static_cast<double>(g.edges.size());
    if (work > o.exactBetweennessWork && n > static_cast<std::size_t>(o.betweennessSamples)) {
        std::mt19937_64 random(o.seed);
        std::shuffle(sources.begin(), sources.end(), random);
        sources.resize(static_cast<std::size_t>(o.betweennessSamples));
        scale = static_cast<double>(n) / static_cast<double>(sources.size());
        sampled = o.betweennessSamples;
    }
    between = betweenness(n, arcs, length, sources, o.threads, stop);
    const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) : 1.0;
    for (double& b : between) b *= scale / pairs;
    return between;
}

void directedMeasures(const ExposureGraph& g, const MetricOptions& o, NetworkMeasures& out,
                      const std::stop_token& stop) {
    const std::size_t n = g.nodes;
    Endpoints ends;
    std::vector<double> weight;
    for (const auto& e : g.edges) {
        ends.push_back({e.creditor, e.debtor});
        weight.push_back(e.amount);
    }
    ig::Graph graph(ends, n, true);
    ig::Vector w(weight);
    const igraph_vector_t* wp = g.edges.empty() ? nullptr : &w.v;

    ig::Vector pr(n);
    igraph_real_t value = 0;
    ig::check(igraph_pagerank(&graph.g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr.v, &value, igraph_vss_all(), true, o.damping,
                              wp, nullptr),
              "PageRank");
    for (std::size_t i = 0; i < n; ++i) out.nodes[i].pageRank = pr[i];
    throwIfStopped(stop);

    if (!g.edges.empty()) {
        ig::Vector hub(n), authority(n);
        ig::check(igraph_hub_and_authority_scores(&graph.g, &hub.v, &authority.v, &value, true, wp, nullptr),
                  "hub and authority scores");
        for (std::size_t i = 0; i < n; ++i) out.nodes[i].hub = hub[i], out.nodes[i].authority = authority[i];
        scaleToMax(out.nodes, &NodeMeasures::hub);
        scaleToMax(out.nodes, &NodeMeasures::authority);
    }
    throwIfStopped(stop);

    ig::IntVector core(n);
    ig::check(igraph_coreness(&graph.g, &core.v, IGRAPH_ALL), "coreness");
    for (std::size_t i = 0; i < n; ++i) {
        out.nodes[i].coreness = static_cast<int>(core[i]);
        out.maxCoreness = std::max(out.maxCoreness, out.nodes[i].coreness);
    }

    ig::IntVector scc(n);
    igraph_integer_t count = 0;
    ig::check(igraph_connected_components(&graph.g, &scc.v, nullptr, &count, IGRAPH_STRONG), "strong components");
    out.components = relabelBySize(scc, out.nodes, &NodeMeasures::scc, &out.largestComponent);
}

void undirectedMeasures(const ExposureGraph& g, const MetricOptions& o, NetworkMeasures& out,
                        const std::stop_token& stop) {
    const std::size_t n = g.nodes;
    // Symmetrise: one undirected edge per pair, both directions' amounts summed.
    std::vector<std::pair<std::uint64_t, double>> both;
    both.reserve(g.edges.size());
    for (const auto& e : g.edges)
        both.push_back(
            {(std::uint64_t(std::min(e.creditor, e.debtor)) << 32) | std::max(e.creditor, e.debtor), e.amount});
    std::sort(both.begin(), both.end());
    Endpoints ends;
    std::vector<double> weight, strength(n, 0.0);
    double total = 0;
    for (std::size_t k = 0; k < both.size(); ++k) {
        const auto a = static_cast<std::size_t>(both[k].first >> 32),
                   b = static_cast<std::size_t>(both[k].first & 0xFFFFFFFFu);
        if (k > 0 && both[k - 1].first == both[k].first)
            weight.back() += both[k].second;
        else
            ends.push_back({a, b}), weight.push_back(both[k].second);
        strength[a] += both[k].second;
        strength[b] += both[k].second;
        total += both[k].second;
    }
    if (ends.empty()) {
        for (std::size_t i = 0; i < n; ++i) out.nodes[i].community = static_cast<int>(i);
        out.communities = static_cast<int>(n);
        return;
    }
    ig::Graph graph(ends, n, false);
    ig::Vector w(weight);
    ig::Vector eigen(n);
    igraph_real_t value = 0;
    ig::check(igraph_eigenvector_centrality(&graph.g, &eigen.v, &value, false, true, &w.v, nullptr),
              "eigenvector centrality");
    for (std::size_t i = 0; i < n; ++i) out.nodes[i].eigenvector = eigen[i];
    scaleToMax(out.nodes, &NodeMeasures::eigenvector);
    throwIfStopped(stop);
    if (!o.communities) return;

    // Leiden with node weights = strength and resolution 1 / 2m optimises modularity; two
    // iterations, as python-igraph and R igraph do by default.
    igraph_rng_seed(igraph_rng_default(), o.seed);
    ig::Vector nodeWeight(strength);
    ig::IntVector membership(n);
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    ig::check(igraph_community_leiden(&graph.g, &w.v, &nodeWeight.v, 1.0 / (2 * total), 0.01, false, 2, &membership.v,
                                      &clusters, &quality),
              "Leiden communities");
    out.communities = relabelBySize(membership, out.nodes, &NodeMeasures::community, nullptr);
    ig::check(igraph_modularity(&graph.g, &membership.v, &w.v, 1.0, false, &out.modularity), "modularity");
}

}  // namespace

NetworkMeasures measureNetwork(const ExposureGraph& input, const MetricOptions& options, const std::stop_token& stop) {
    const auto igraph = ig::exclusiveUse();
    ig::quietErrors();
    const SerialOpenMp serial;
    const ExposureGraph g = input.merged();
    NetworkMeasures out;
    out.nodes.resize(g.nodes);
    // Betweenness is ours and thread-safe: it runs beside igraph, which stays on this thread.
    auto between =
        std::async(std::launch::async, [&] { return betweennessOf(g, options, out.betweennessSources, stop); });
    out.edges = g.edges.size();
    for (const auto& e : g.edges) {
        out.nodes[e.creditor].outStrength += e.amount;
        out.nodes[e.debtor].inStrength += e.amount;
        ++out.nodes[e.creditor].outDegree;
        ++out.nodes[e.debtor].inDegree;
    }
    if (g.nodes == 0) return out;
    directedMeasures(g, options, out, stop);
    undirectedMeasures(g, options, out, stop);
    const auto b = between.get();
    for (std::size_t i = 0; i < g.nodes; ++i) out.nodes[i].betweenness = b[i];
    return out;
}

}  // namespace eagle
