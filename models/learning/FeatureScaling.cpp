#include "FeatureScaling.h"

#include "WarningMetrics.h"

#include <cmath>

namespace eagle {
namespace {

// Centre and spread of one column's finite values.
std::pair<double, double> robustCentreAndSpread(std::vector<double> v) {
    std::erase_if(v, [](double x) { return !std::isfinite(x); });
    if (v.empty()) return {0, 1};
    const double centre = median(v);
    std::vector<double> deviation(v.size());
    double meanDeviation = 0;
    for (std::size_t k = 0; k < v.size(); ++k) {
        deviation[k] = std::abs(v[k] - centre);
        meanDeviation += deviation[k];
    }
    meanDeviation /= static_cast<double>(v.size());
    const double mad = 1.4826 * median(std::move(deviation));
    // Activity features are zero on most days: the MAD is then 0 and the mean deviation takes over.
    const double spread = mad > 1e-12 * std::max(1.0, std::abs(centre)) ? mad : meanDeviation > 0 ? meanDeviation : 1;
    return {centre, spread};
}

}  // namespace

FeatureScaling FeatureScaling::fit(const Eigen::MatrixXd& rows) {
    std::vector<std::vector<double>> columns(static_cast<std::size_t>(rows.cols()));
    for (Eigen::Index c = 0; c < rows.cols(); ++c)
        columns[static_cast<std::size_t>(c)].assign(rows.col(c).data(), rows.col(c).data() + rows.rows());
    return fitColumns(columns);
}

FeatureScaling FeatureScaling::fitColumns(const std::vector<std::vector<double>>& columns) {
    FeatureScaling s;
    for (const auto& column : columns) {
        const auto [centre, spread] = robustCentreAndSpread(column);
        s.centre_.push_back(centre);
        s.spread_.push_back(spread);
    }
    return s;
}

double FeatureScaling::apply(std::size_t feature, double value) const {
    if (!std::isfinite(value)) return 0;
    return std::asinh((value - centre_[feature]) / spread_[feature]);
}

Eigen::MatrixXd FeatureScaling::apply(const Eigen::MatrixXd& rows) const {
    Eigen::MatrixXd out(rows.rows(), rows.cols());
    for (Eigen::Index c = 0; c < rows.cols(); ++c)
        for (Eigen::Index r = 0; r < rows.rows(); ++r) out(r, c) = apply(static_cast<std::size_t>(c), rows(r, c));
    return out;
}

Standardisation Standardisation::fit(const Eigen::MatrixXd& rows) {
    Standardisation s;
    s.mean = rows.colwise().mean();
    const Eigen::MatrixXd centred = rows.rowwise() - s.mean;
    const double n = std::max<double>(1, static_cast<double>(rows.rows()) - 1);
    s.sd = (centred.colwise().squaredNorm() / n).cwiseSqrt();
    for (Eigen::Index c = 0; c < s.sd.size(); ++c)
        if (s.sd[c] < 1e-12) s.sd[c] = 1;
    return s;
}

Eigen::MatrixXd Standardisation::apply(const Eigen::MatrixXd& rows) const {
    return (rows.rowwise() - mean).array().rowwise() / sd.array();
}

}  // namespace eagle
