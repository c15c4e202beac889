#pragma once
// The institutions' places in the exposure network, day by day, added to a profile run as
// features: the heatmap, the time series, the profile page and the supervisors' rules then read
// them like the profile's own features (a rule may say `network_pagerank > 0.05`). The streaming
// replay does not rebuild the network: a rule that reads these features raises its alerts in the
// batch run only.

#include "NetworkFeatures.h"
#include "Progress.h"
#include "ResultStore.h"

#include <stop_token>
#include <string_view>
#include <vector>

namespace eagle {

class Store;

struct NetworkFeatureSpec {
    std::string_view name;
    std::string_view unit;
    std::string_view description;  // what it measures
    std::string_view why;          // why a supervisor cares
    double (*of)(const InstitutionNetworkFeatures&);  // NaN where the measure was not taken
};

// On the aggregate exposure network: PageRank, betweenness, eigenvector, hub and authority scores,
// k-core and the linear DebtRank of the institution's failure; then PageRank within each exposure
// layer (repo, interbank lending, bonds, FX swaps).
const std::vector<NetworkFeatureSpec>& networkFeatureSpecs();

struct NetworkFeatureRunResult {
    int days = 0;
    std::int64_t values = 0;
};

// Measures the network of every day of `run` (a profile run of this workspace) and adds the
// features and each peer group's daily median to it. Writes through the caller's connection:
// call it inside the transaction that writes the run, so that the run has all or none of them.
// The failure DebtRank is taken for the `options.failureDebtRankInstitutions` largest debtors.
NetworkFeatureRunResult addNetworkFeatures(Store& store, RunId run, const NetworkFeatureOptions& options = {},
                                           const ProgressCallback& progress = {}, const std::stop_token& stop = {});

}  // namespace eagle
