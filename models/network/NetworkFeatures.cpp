#include "NetworkFeatures.h"

#include "DebtRank.h"
#include "NetworkHistory.h"
#include "Progress.h"
#include "Store.h"

#include <algorithm>
#include <numeric>

namespace eagle {
namespace {
// One failure per institution, read as a share of the system: distress that still moves by less
// than a millionth of a percent changes no reading, and the long tail of rounds around cycles
// would otherwise dominate a daily sweep.
constexpr DebtRankOptions kFailureSweep{.tolerance = 1e-8, .details = false};
}  // namespace

std::vector<InstitutionNetworkFeatures> networkFeatures(const MultilayerNetwork& network,
                                                        const NetworkFeatureOptions& options,
                                                        const std::stop_token& stop) {
    const std::size_t n = network.institutions.size();
    std::vector<InstitutionNetworkFeatures> out(n);
    const ExposureGraph exposures = network.exposures();
    const NetworkMeasures all = measureNetwork(exposures, options.metrics, stop);
    for (std::size_t i = 0; i < n; ++i) {
        out[i].institution = network.institutions[i].id;
        out[i].code = network.institutions[i].code;
        out[i].aggregate = all.nodes[i];
    }
    MetricOptions layerOptions = options.metrics;  // per layer only PageRank and strengths are kept
    layerOptions.communities = false;
    layerOptions.betweenness = false;
    for (NetworkLayer layer : kNetworkLayers) {
        const ExposureGraph g = network.layer(layer);
        if (g.edges.empty()) continue;
        const NetworkMeasures m = measureNetwork(g, layerOptions, stop);
        for (std::size_t i = 0; i < n; ++i) {
            out[i].layerPageRank[indexOf(layer)] = m.nodes[i].pageRank;
            out[i].layerLending[indexOf(layer)] = m.nodes[i].outStrength;
            out[i].layerBorrowing[indexOf(layer)] = m.nodes[i].inStrength;
        }
    }
    if (options.failureDebtRank) {
        const auto equity = network.equity();
        const auto weight = network.totalAssets();
        const ClaimsByDebtor claims(exposures);
        // Those who owe most first; nobody loses from the failure of one who owes nothing.
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](auto a, auto b) { return all.nodes[a].inStrength > all.nodes[b].inStrength; });
        order.resize(std::min(n, options.failureDebtRankInstitutions));
        std::vector<double> shock(n, 0.0);
        for (std::size_t i : order) {
            throwIfStopped(stop);
            out[i].failureDebtRankComputed = true;
            if (all.nodes[i].inDegree == 0) continue;
            shock[i] = 1;
            out[i].failureDebtRank = debtRank(claims, equity, shock, kFailureSweep, weight).debtRank;
            shock[i] = 0;
        }
    }
    return out;
}

std::vector<InstitutionNetworkFeatures> networkFeaturesOn(Store& store, Date day,
                                                          const NetworkFeatureOptions& options) {
    return networkFeatures(buildNetwork(store, day), options);
}

}  // namespace eagle
