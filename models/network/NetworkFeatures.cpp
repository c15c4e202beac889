#include "NetworkFeatures.h"

#include "DebtRank.h"
#include "NetworkHistory.h"
#include "Progress.h"
#include "Store.h"

#include <algorithm>
#include <numeric>

namespace eagle {

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
    MetricOptions layerOptions = options.metrics;
    layerOptions.communities = false;
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
            out[i].failureDebtRank = debtRank(claims, equity, shock, {}, weight).debtRank;
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
