#pragma once
// k-means with k-means++ seeding (Arthur & Vassilvitskii 2007), several restarts, the best kept;
// deterministic for a seed. And the measures that choose k and judge a clustering.

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace eagle {

struct KMeansResult {
    Eigen::MatrixXd centroids;  // k x dimensions
    std::vector<int> labels;    // per row, 0..k-1; clusters numbered by size, largest first
    double inertia = 0;         // sum of squared distances to the own centroid
};

KMeansResult kMeans(const Eigen::MatrixXd& rows, int k, std::uint64_t seed, int restarts = 8, int maxIterations = 100);

// Nearest centroid of every row.
std::vector<int> nearestCentroid(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& centroids);

// Mean silhouette (Rousseeuw 1987): per row (b - a) / max(a, b) with a the mean distance to its own
// cluster and b to the nearest other; 0 for a row alone in its cluster.
double silhouette(const Eigen::MatrixXd& rows, const std::vector<int>& labels);

// Adjusted Rand index (Hubert & Arabie 1985) of two labellings: 1 identical partitions, about 0
// for chance agreement.
double adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace eagle
