#pragma once
// Puts strategy clusters into the workspace as one run of kind "cluster": each cluster's name,
// size and distinguishing features, each institution's cluster, distance, principal-component
// scores, peers and first move. All or nothing.

#include "LearningStore.h"
#include "StrategyClustering.h"

#include <string>

namespace eagle {

inline constexpr const char* kClusterRunKind = "cluster";

// What a cluster run records in its parameters beside the clusters: the period and seed, the
// silhouette (and by k), and the first two principal axes (variance share and loadings per
// feature), so that the workstation can draw the scatter with its loadings.
struct ClusterRunInfo {
    std::string from, to;
    int window = 0;
    std::uint64_t seed = 0;
    double silhouette = 0;
    int minClusters = 2;
    std::vector<double> silhouetteByK;  // for k = minClusters, minClusters + 1, ...
    int components = 0;
    std::vector<double> varianceShare;  // of the first two components
    std::vector<std::string> features;  // clustered, in order
    std::vector<double> loadings1, loadings2;  // per feature, on the first two components

    static ClusterRunInfo of(const StrategyClusters& clusters, const ClusteringOptions& options, std::string from,
                             std::string to, int window);
    std::string toText() const;
    static ClusterRunInfo fromText(const std::string& text);
};

RunId storeClusterRun(Store& store, const StrategyClusters& clusters, const FeatureTensor& tensor,
                      const std::vector<ClusterMove>& moves, const std::string& params);

}  // namespace eagle
