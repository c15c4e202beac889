#include "Seriation.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace eagle {

std::vector<std::size_t> orderBySimilarity(const std::vector<std::vector<double>>& rows) {
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (rows.size() < 3 || rows.front().empty()) return order;
    const auto n = static_cast<Eigen::Index>(rows.size());
    const auto m = static_cast<Eigen::Index>(rows.front().size());
    Eigen::MatrixXd x(n, m);
    for (Eigen::Index j = 0; j < m; ++j) {
        double sum = 0;
        int count = 0;
        for (Eigen::Index i = 0; i < n; ++i)
            if (const double v = rows[std::size_t(i)][std::size_t(j)]; std::isfinite(v)) sum += v, ++count;
        const double mean = count ? sum / count : 0;
        double squares = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            const double v = rows[std::size_t(i)][std::size_t(j)];
            x(i, j) = std::isfinite(v) ? v - mean : 0;
            squares += x(i, j) * x(i, j);
        }
        const double sd = std::sqrt(squares / double(n));
        if (sd > 0) x.col(j) /= sd;
    }
    // The first principal axis of a few columns: an eigenvector of the small covariance matrix.
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(x.transpose() * x);
    Eigen::VectorXd axis = eigen.eigenvectors().col(m - 1);
    if (axis.sum() < 0) axis = -axis;  // a fixed sign: higher overall values come first
    const Eigen::VectorXd score = x * axis;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return score(Eigen::Index(a)) > score(Eigen::Index(b));
    });
    return order;
}

}  // namespace eagle
