#pragma once
// Puts strategy clusters into the workspace as one run of kind "cluster": each cluster's name,
// size and distinguishing features, each institution's cluster, distance, principal-component
// scores, peers and first move. All or nothing.

#include "LearningStore.h"
#include "StrategyClustering.h"

#include <string>

namespace eagle {

inline constexpr const char* kClusterRunKind = "cluster";

RunId storeClusterRun(Store& store, const StrategyClusters& clusters, const FeatureTensor& tensor,
                      const std::vector<ClusterMove>& moves, const std::string& params);

}  // namespace eagle
