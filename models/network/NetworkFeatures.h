#pragma once
// Per-institution network measures on one day, ready to be read as profile features: centralities
// of the aggregate exposure network, PageRank and strengths per layer, and the systemic impact of
// the institution's failure (linear DebtRank).

#include "MultilayerNetwork.h"
#include "NetworkMetrics.h"

#include <array>
#include <stop_token>
#include <vector>

namespace eagle {

class Store;

struct InstitutionNetworkFeatures {
    InstitutionId institution;
    std::string code;
    NodeMeasures aggregate;  // every exposure layer together
    std::array<double, kNetworkLayerCount> layerPageRank{};
    std::array<double, kNetworkLayerCount> layerLending{};    // out-strength per layer, CNY
    std::array<double, kNetworkLayerCount> layerBorrowing{};  // in-strength per layer, CNY
    double failureDebtRank = 0;                               // linear DebtRank of the system if it alone fails
    bool failureDebtRankComputed = false;
};

struct NetworkFeatureOptions {
    MetricOptions metrics;
    bool failureDebtRank = true;
    std::size_t failureDebtRankInstitutions = 500;  // the largest debtors; a failure is one DebtRank run
};

std::vector<InstitutionNetworkFeatures> networkFeatures(const MultilayerNetwork& network,
                                                        const NetworkFeatureOptions& options = {},
                                                        const std::stop_token& stop = {});
// The same for a workspace on a day (loads the trades once).
std::vector<InstitutionNetworkFeatures> networkFeaturesOn(Store& store, Date day,
                                                          const NetworkFeatureOptions& options = {});

}  // namespace eagle
