#include "KMeans.h"

#include "Random.h"

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <stdexcept>

namespace eagle {
namespace {

Eigen::MatrixXd plusPlusSeeds(const Eigen::MatrixXd& rows, int k, Random& random) {
    const Eigen::Index n = rows.rows();
    Eigen::MatrixXd centroids(k, rows.cols());
    centroids.row(0) = rows.row(static_cast<Eigen::Index>(random.index(static_cast<std::size_t>(n))));
    std::vector<double> nearest(static_cast<std::size_t>(n), std::numeric_limits<double>::infinity());
    for (int c = 1; c < k; ++c) {
        for (Eigen::Index r = 0; r < n; ++r)
            nearest[static_cast<std::size_t>(r)] =
                std::min(nearest[static_cast<std::size_t>(r)], (rows.row(r) - centroids.row(c - 1)).squaredNorm());
        const double total = std::accumulate(nearest.begin(), nearest.end(), 0.0);
        // Far rows are likelier seeds (probability proportional to the squared distance).
        const std::size_t pick = total > 0 ? random.weighted(nearest) : random.index(static_cast<std::size_t>(n));
        centroids.row(c) = rows.row(static_cast<Eigen::Index>(pick));
    }
    return centroids;
}

KMeansResult lloyd(const Eigen::MatrixXd& rows, Eigen::MatrixXd centroids, int maxIterations) {
    const Eigen::Index n = rows.rows();
    const auto k = static_cast<int>(centroids.rows());
    KMeansResult r;
    r.labels.assign(static_cast<std::size_t>(n), -1);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        const std::vector<int> labels = nearestCentroid(rows, centroids);
        const bool stable = labels == r.labels;
        r.labels = labels;
        if (stable) break;
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, rows.cols());
        std::vector<int> counts(static_cast<std::size_t>(k), 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            sums.row(labels[static_cast<std::size_t>(i)]) += rows.row(i);
            ++counts[static_cast<std::size_t>(labels[static_cast<std::size_t>(i)])];
        }
        for (int c = 0; c < k; ++c) {
            if (counts[static_cast<std::size_t>(c)] > 0) {
                centroids.row(c) = sums.row(c) / counts[static_cast<std::size_t>(c)];
                continue;
            }
            // An empty cluster restarts at the row farthest from its centroid.
            Eigen::Index far = 0;
            double farthest = -1;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double d = (rows.row(i) - centroids.row(labels[static_cast<std::size_t>(i)])).squaredNorm();
                if (d > farthest) farthest = d, far = i;
            }
            centroids.row(c) = rows.row(far);
        }
    }
    r.centroids = centroids;
    r.inertia = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        r.inertia += (rows.row(i) - centroids.row(r.labels[static_cast<std::size_t>(i)])).squaredNorm();
    return r;
}

// Renumbers clusters by size, largest first (ties by first member), so labels read the same
// whatever order the seeds came in.
void numberBySize(KMeansResult& r) {
    const auto k = static_cast<int>(r.centroids.rows());
    std::vector<int> size(static_cast<std::size_t>(k), 0), first(static_cast<std::size_t>(k), INT32_MAX);
    for (std::size_t i = 0; i < r.labels.size(); ++i) {
        ++size[static_cast<std::size_t>(r.labels[i])];
        first[static_cast<std::size_t>(r.labels[i])] =
            std::min(first[static_cast<std::size_t>(r.labels[i])], static_cast<int>(i));
    }
    std::vector<int> order(static_cast<std::size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
        return size[ua] != size[ub] ? size[ua] > size[ub] : first[ua] < first[ub];
    });
    std::vector<int> newLabel(static_cast<std::size_t>(k));
    Eigen::MatrixXd centroids(r.centroids.rows(), r.centroids.cols());
    for (int c = 0; c < k; ++c) {
        newLabel[static_cast<std::size_t>(order[static_cast<std::size_t>(c)])] = c;
        centroids.row(c) = r.centroids.row(order[static_cast<std::size_t>(c)]);
    }
    for (int& l : r.labels) l = newLabel[static_cast<std::size_t>(l)];
    r.centroids = centroids;
}

}  // namespace

KMeansResult kMeans(const Eigen::MatrixXd& rows, int k, std::uint64_t seed, int restarts, int maxIterations) {
    if (k < 1 || k > rows.rows()) throw std::invalid_argument("k-means needs 1 <= k <= rows");
    Random random(seed);
    KMeansResult best;
    best.inertia = std::numeric_limits<double>::infinity();
    for (int attempt = 0; attempt < std::max(1, restarts); ++attempt) {
        KMeansResult r = lloyd(rows, plusPlusSeeds(rows, k, random), maxIterations);
        if (r.inertia < best.inertia) best = std::move(r);
    }
    numberBySize(best);
    return best;
}

std::vector<int> nearestCentroid(const Eigen::MatrixXd& rows, const Eigen::MatrixXd& centroids) {
    std::vector<int> labels(static_cast<std::size_t>(rows.rows()));
    for (Eigen::Index i = 0; i < rows.rows(); ++i) {
        Eigen::Index c = 0;
        (centroids.rowwise() - rows.row(i)).rowwise().squaredNorm().minCoeff(&c);
        labels[static_cast<std::size_t>(i)] = static_cast<int>(c);
    }
    return labels;
}

double silhouette(const Eigen::MatrixXd& rows, const std::vector<int>& labels) {
    const Eigen::Index n = rows.rows();
    const int k = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end()) + 1;
    if (n < 2 || k < 2) return 0;
    std::vector<int> size(static_cast<std::size_t>(k), 0);
    for (int l : labels) ++size[static_cast<std::size_t>(l)];
    double total = 0;
    std::vector<double> sum(static_cast<std::size_t>(k));
    for (Eigen::Index i = 0; i < n; ++i) {
        std::fill(sum.begin(), sum.end(), 0.0);
        for (Eigen::Index j = 0; j < n; ++j)
            if (j != i)
                sum[static_cast<std::size_t>(labels[static_cast<std::size_t>(j)])] +=
                    (rows.row(i) - rows.row(j)).norm();
        const auto own = static_cast<std::size_t>(labels[static_cast<std::size_t>(i)]);
        if (size[own] < 2) continue;  // silhouette 0
        const double a = sum[own] / (size[own] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < sum.size(); ++c)
            if (c != own && size[c] > 0) b = std::min(b, sum[c] / size[c]);
        total += (b - a) / std::max(a, b);
    }
    return total / static_cast<double>(n);
}

double adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.size() != b.size()) throw std::invalid_argument("labellings differ in length");
    std::map<std::pair<int, int>, double> cells;
    std::map<int, double> rowsOf, colsOf;
    for (std::size_t i = 0; i < a.size(); ++i) {
        cells[{a[i], b[i]}] += 1;
        rowsOf[a[i]] += 1;
        colsOf[b[i]] += 1;
    }
    const auto pairs = [](double x) { return x * (x - 1) / 2; };
    double index = 0, rowPairs = 0, colPairs = 0;
    for (const auto& [cell, count] : cells) index += pairs(count);
    for (const auto& [label, count] : rowsOf) rowPairs += pairs(count);
    for (const auto& [label, count] : colsOf) colPairs += pairs(count);
    const double expected = rowPairs * colPairs / pairs(static_cast<double>(a.size()));
    const double maximum = (rowPairs + colPairs) / 2;
    return maximum == expected ? 1.0 : (index - expected) / (maximum - expected);
}

}  // namespace eagle
