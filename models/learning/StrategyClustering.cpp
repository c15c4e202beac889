#include "StrategyClustering.h"

#include "Random.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace eagle {
namespace {

Eigen::MatrixXd selectColumns(const std::vector<std::vector<double>>& means, const std::vector<std::size_t>& columns) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(means.size()), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t r = 0; r < means.size(); ++r)
        for (std::size_t c = 0; c < columns.size(); ++c)
            m(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = means[r][columns[c]];
    return m;
}

// The silhouette is quadratic in the rows: above 2,000 institutions it is measured on a fixed sample.
double sampledSilhouette(const Eigen::MatrixXd& x, const std::vector<int>& labels, std::uint64_t seed) {
    constexpr Eigen::Index kSample = 2000;
    if (x.rows() <= kSample) return silhouette(x, labels);
    std::vector<std::size_t> rows(static_cast<std::size_t>(x.rows()));
    std::iota(rows.begin(), rows.end(), 0);
    Random random(seed);
    for (std::size_t i = rows.size() - 1; i > 0; --i) std::swap(rows[i], rows[random.index(i + 1)]);
    rows.resize(kSample);
    Eigen::MatrixXd sample(kSample, x.cols());
    std::vector<int> sampleLabels;
    for (Eigen::Index i = 0; i < kSample; ++i) {
        sample.row(i) = x.row(static_cast<Eigen::Index>(rows[static_cast<std::size_t>(i)]));
        sampleLabels.push_back(labels[rows[static_cast<std::size_t>(i)]]);
    }
    return silhouette(sample, sampleLabels);
}

std::vector<std::size_t> nearestPeers(const Eigen::MatrixXd& x, Eigen::Index row, int count) {
    std::vector<std::pair<double, std::size_t>> d;
    for (Eigen::Index j = 0; j < x.rows(); ++j)
        if (j != row) d.push_back({(x.row(j) - x.row(row)).squaredNorm(), static_cast<std::size_t>(j)});
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, count)), d.size());
    std::partial_sort(d.begin(), d.begin() + static_cast<std::ptrdiff_t>(n), d.end());
    std::vector<std::size_t> peers;
    for (std::size_t k = 0; k < n; ++k) peers.push_back(d[k].second);
    return peers;
}

}  // namespace

std::vector<std::size_t> strategyColumns(const std::vector<std::string>& featureNames) {
    std::vector<std::size_t> columns;
    for (std::size_t c = 0; c < featureNames.size(); ++c)
        if (!featureNames[c].starts_with("score_")) columns.push_back(c);
    return columns;
}

StrategyClusters clusterStrategies(const std::vector<std::vector<double>>& windowMeans,
                                   const std::vector<std::string>& featureNames, const ClusteringOptions& options) {
    const std::vector<std::size_t> columns = strategyColumns(featureNames);
    if (windowMeans.size() < static_cast<std::size_t>(options.minClusters) + 1 || columns.empty())
        throw std::invalid_argument("too few institutions or features to cluster");
    StrategyClusters s;
    s.columns = columns;
    for (std::size_t c : columns) s.features.push_back(featureNames[c]);
    const Eigen::MatrixXd raw = selectColumns(windowMeans, columns);
    s.scaling = FeatureScaling::fit(raw);
    const Eigen::MatrixXd scaled = s.scaling.apply(raw);
    s.standardisation = Standardisation::fit(scaled);
    const Eigen::MatrixXd z = s.standardisation.apply(scaled);
    const Eigen::Index components =
        std::min<Eigen::Index>(options.maxComponents, Pca::componentsFor(z, options.varianceKept));
    s.pca = Pca::fit(z, std::max<Eigen::Index>(2, components));
    s.coordinates = s.pca.transform(z);

    const int maxK = std::min(options.maxClusters, static_cast<int>(windowMeans.size()) - 1);
    KMeansResult best;
    s.silhouette = -2;
    for (int k = options.minClusters; k <= maxK; ++k) {
        KMeansResult r = kMeans(s.coordinates, k, options.seed + static_cast<std::uint64_t>(k));
        const double score = sampledSilhouette(s.coordinates, r.labels, options.seed);
        s.silhouetteByK.push_back(score);
        if (score > s.silhouette) s.silhouette = score, best = std::move(r);
    }
    s.centroids = best.centroids;
    s.labels = best.labels;

    const Eigen::Index k = s.centroids.rows();
    s.clusters.resize(static_cast<std::size_t>(k));
    Eigen::MatrixXd zCentroids = Eigen::MatrixXd::Zero(k, z.cols());
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
        const int label = s.labels[static_cast<std::size_t>(i)];
        zCentroids.row(label) += z.row(i);
        ++s.clusters[static_cast<std::size_t>(label)].size;
        s.distance.push_back((s.coordinates.row(i) - s.centroids.row(label)).norm());
        s.peers.push_back(nearestPeers(s.coordinates, i, options.peers));
    }
    for (Eigen::Index c = 0; c < k; ++c) {
        ClusterSummary& summary = s.clusters[static_cast<std::size_t>(c)];
        zCentroids.row(c) /= std::max(1, summary.size);
        for (Eigen::Index f = 0; f < z.cols(); ++f)
            summary.distinguishing.push_back({s.features[static_cast<std::size_t>(f)], zCentroids(c, f)});
        std::stable_sort(summary.distinguishing.begin(), summary.distinguishing.end(),
                         [](const FeatureDeviation& a, const FeatureDeviation& b) {
                             return std::abs(a.deviation) > std::abs(b.deviation);
                         });
        summary.name = clusterName(summary.distinguishing);
    }
    // Two clusters with the same two phrases get a third to tell them apart.
    for (std::size_t a = 0; a < s.clusters.size(); ++a)
        for (std::size_t b = a + 1; b < s.clusters.size(); ++b)
            if (s.clusters[a].name == s.clusters[b].name) {
                s.clusters[a].name = clusterName(s.clusters[a].distinguishing, 3);
                s.clusters[b].name = clusterName(s.clusters[b].distinguishing, 3);
            }
    return s;
}

std::vector<int> StrategyClusters::assign(const std::vector<std::vector<double>>& windowMeans) const {
    const Eigen::MatrixXd raw = selectColumns(windowMeans, columns);
    return nearestCentroid(pca.transform(standardisation.apply(scaling.apply(raw))), centroids);
}

std::vector<ClusterMove> clusterMoves(const StrategyClusters& clusters, const FeatureTensor& tensor, std::size_t from,
                                      std::size_t to, std::size_t window) {
    std::vector<ClusterMove> moves;
    if (window == 0) return moves;
    std::vector<std::vector<int>> labels;
    std::vector<std::size_t> starts;
    for (std::size_t start = from; start + window - 1 <= to; start += window) {
        starts.push_back(start);
        labels.push_back(clusters.assign(tensor.windowMeans(start, start + window - 1)));
    }
    for (std::size_t r = 0; r < tensor.rows(); ++r)
        for (std::size_t w = 1; w < labels.size(); ++w)
            if (labels[w][r] != labels[w - 1][r]) {
                moves.push_back({r, starts[w], labels[w - 1][r], labels[w][r]});
                break;
            }
    return moves;
}

}  // namespace eagle
