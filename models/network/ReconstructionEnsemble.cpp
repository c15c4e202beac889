#include "ReconstructionEnsemble.h"

#include "DebtRank.h"
#include "NetworkMetrics.h"
#include "Reconstruction.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace eagle {
namespace {

// Linear-interpolated percentile of a sample (sorted in place).
double percentile(std::vector<double>& x, double q) {
    std::sort(x.begin(), x.end());
    if (x.empty()) return 0;
    const double at = q * static_cast<double>(x.size() - 1);
    const auto lo = static_cast<std::size_t>(at);
    const std::size_t hi = std::min(lo + 1, x.size() - 1);
    return x[lo] + (x[hi] - x[lo]) * (at - static_cast<double>(lo));
}

Band bandOf(std::vector<double>& x) { return {percentile(x, 0.05), percentile(x, 0.5), percentile(x, 0.95)}; }

}  // namespace

EnsembleBands reconstructionEnsemble(std::span<const double> assets, std::span<const double> rawLiabilities,
                                     std::span<const double> equity, const EnsembleOptions& o,
                                     const ProgressCallback& progress, const std::stop_token& stop) {
    const std::size_t n = assets.size();
    if (equity.size() != n) throw std::invalid_argument("equity needs one value per institution");
    if (o.samples < 1) throw std::invalid_argument("an ensemble needs at least one sample");
    const std::vector<double> liabilities = balancedLiabilities(assets, rawLiabilities);
    const double z = o.method == EnsembleMethod::Fitness ? fitnessParameter(assets, liabilities, o.linkDensity) : 0;

    // The failures worth simulating: those who owe most (nobody loses from a non-borrower).
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return liabilities[a] > liabilities[b]; });
    EnsembleBands out;
    out.debtRankSimulated.assign(n, 0);
    for (std::size_t k = 0; k < std::min(n, o.debtRankInstitutions); ++k)
        if (liabilities[order[k]] > 0) out.debtRankSimulated[order[k]] = 1;

    std::vector<std::vector<double>> pageRank(n), impact(n);
    std::vector<double> links;
    MetricOptions metrics;
    metrics.communities = false;
    metrics.betweenness = false;  // not banded; keeps the samples cheap
    std::vector<double> shock(n, 0.0);
    for (int s = 0; s < o.samples; ++s) {
        throwIfStopped(stop);
        const std::uint64_t seed = o.seed + static_cast<std::uint64_t>(s) * 0x9E3779B97F4A7C15ull;
        const ExposureGraph g = o.method == EnsembleMethod::MinimumDensity
                                    ? minimumDensity(assets, liabilities, seed)
                                    : fitnessSample(assets, liabilities, z, seed);
        links.push_back(static_cast<double>(g.edges.size()));
        const NetworkMeasures m = measureNetwork(g, metrics, stop);
        for (std::size_t i = 0; i < n; ++i) pageRank[i].push_back(m.nodes[i].pageRank);
        const ClaimsByDebtor claims(g);
        for (std::size_t i = 0; i < n; ++i) {
            if (!out.debtRankSimulated[i]) continue;
            shock[i] = 1;
            impact[i].push_back(debtRank(claims, equity, shock).debtRank);
            shock[i] = 0;
        }
        if (progress) progress(static_cast<double>(s + 1) / o.samples, "reconstructing");
    }
    out.samples = o.samples;
    out.links = bandOf(links);
    for (std::size_t i = 0; i < n; ++i) {
        out.pageRank.push_back(bandOf(pageRank[i]));
        out.failureDebtRank.push_back(out.debtRankSimulated[i] ? bandOf(impact[i]) : Band{});
    }
    return out;
}

}  // namespace eagle
