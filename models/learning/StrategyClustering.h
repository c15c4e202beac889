#pragma once
// Groups institutions by trading strategy: each institution's mean profile over a window, robustly
// scaled and standardised, reduced by PCA, clustered by k-means++ with k chosen by silhouette.
// Clusters are named from their distinguishing features; every institution gets its cluster, its
// distance to the centroid and its nearest peers. Deterministic for a seed.

#include "ClusterNaming.h"
#include "FeatureScaling.h"
#include "FeatureTensor.h"
#include "KMeans.h"
#include "Pca.h"

#include <cstdint>
#include <string>
#include <vector>

namespace eagle {

struct ClusteringOptions {
    int minClusters = 2;
    int maxClusters = 8;
    double varianceKept = 0.8;  // PCA keeps the components that explain this share
    int maxComponents = 10;
    int peers = 5;
    std::uint64_t seed = 20250102;
};

struct ClusterSummary {
    std::string name;
    int size = 0;
    std::vector<FeatureDeviation> distinguishing;  // largest standardised centroid deviations first
};

struct StrategyClusters {
    std::vector<std::size_t> columns;   // of the window means, clustered
    std::vector<std::string> features;  // their names
    FeatureScaling scaling;
    Standardisation standardisation;
    Pca pca;
    Eigen::MatrixXd centroids;          // k x components
    std::vector<double> silhouetteByK;  // for k = minClusters, minClusters + 1, ...
    double silhouette = 0;
    std::vector<ClusterSummary> clusters;
    // Per institution (row of the window means):
    std::vector<int> labels;
    std::vector<double> distance;                 // to its centroid, in PCA space
    std::vector<std::vector<std::size_t>> peers;  // nearest other institutions, nearest first
    Eigen::MatrixXd coordinates;                  // rows x components: principal component scores

    // Assigns institutions' means over another window to these clusters (same scaling, axes and
    // centroids), so that windows can be compared.
    std::vector<int> assign(const std::vector<std::vector<double>>& windowMeans) const;
};

// An institution's first move to another cluster between consecutive windows.
struct ClusterMove {
    std::size_t row = 0;
    std::size_t day = 0;  // first day of the window it moved in (a tensor column)
    int from = 0, to = 0;
};

// Cuts days [from, to] into consecutive windows of `window` days, assigns each institution's mean
// over every window to the clusters, and returns each institution's first change of cluster.
std::vector<ClusterMove> clusterMoves(const StrategyClusters& clusters, const FeatureTensor& tensor, std::size_t from,
                                      std::size_t to, std::size_t window);

// The columns of `featureNames` used for strategy: the behaviour features, not the risk scores
// (which are percentiles of the same features).
std::vector<std::size_t> strategyColumns(const std::vector<std::string>& featureNames);

StrategyClusters clusterStrategies(const std::vector<std::vector<double>>& windowMeans,
                                   const std::vector<std::string>& featureNames, const ClusteringOptions& options = {});

}  // namespace eagle
