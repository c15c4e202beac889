#include "WarningBaselines.h"

#include "WarningMetrics.h"

#include <cmath>
#include <stdexcept>

namespace eagle {

Eigen::MatrixXd lastDayFeatures(const FeatureTensor& scaled, const std::vector<WarningSample>& samples) {
    Eigen::MatrixXd x(static_cast<Eigen::Index>(samples.size()), static_cast<Eigen::Index>(scaled.featureCount()));
    for (std::size_t i = 0; i < samples.size(); ++i)
        x.row(static_cast<Eigen::Index>(i)) =
            Eigen::Map<const Eigen::VectorXf>(scaled.day(samples[i].row, samples[i].day),
                                              static_cast<Eigen::Index>(scaled.featureCount()))
                .cast<double>()
                .transpose();
    return x;
}

LogisticRegression LogisticRegression::fit(const Eigen::MatrixXd& x, const std::vector<int>& y, double l2,
                                           int iterations) {
    const Eigen::Index n = x.rows(), p = x.cols();
    if (static_cast<std::size_t>(n) != y.size() || n == 0) throw std::invalid_argument("logistic regression: no data");
    double positives = 0;
    for (int v : y) positives += v;
    const double wPositive = positives > 0 ? 0.5 * static_cast<double>(n) / positives : 0;
    const double wNegative =
        positives < static_cast<double>(n) ? 0.5 * static_cast<double>(n) / (static_cast<double>(n) - positives) : 0;
    Eigen::MatrixXd a(n, p + 1);  // features and a constant column for the bias
    a << x, Eigen::VectorXd::Ones(n);
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(p + 1);
    Eigen::MatrixXd penalty = l2 * static_cast<double>(n) * Eigen::MatrixXd::Identity(p + 1, p + 1);
    penalty(p, p) = 0;  // the bias is not penalised
    for (int it = 0; it < iterations; ++it) {
        const Eigen::VectorXd eta = a * beta;
        Eigen::VectorXd g = penalty * beta;
        Eigen::VectorXd curvature(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const double prob = 1 / (1 + std::exp(-eta[i]));
            const double c = y[static_cast<std::size_t>(i)] ? wPositive : wNegative;
            g += c * (prob - y[static_cast<std::size_t>(i)]) * a.row(i).transpose();
            curvature[i] = c * prob * (1 - prob);
        }
        const Eigen::MatrixXd hessian = a.transpose() * curvature.asDiagonal() * a + penalty;
        const Eigen::VectorXd stepVector = hessian.ldlt().solve(g);
        beta -= stepVector;
        if (stepVector.norm() < 1e-8 * (1 + beta.norm())) break;
    }
    LogisticRegression m;
    m.weights_ = beta.head(p);
    m.bias_ = beta[p];
    return m;
}

std::vector<double> LogisticRegression::score(const Eigen::MatrixXd& x) const {
    const Eigen::VectorXd eta = (x * weights_).array() + bias_;
    std::vector<double> s(static_cast<std::size_t>(x.rows()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) s[static_cast<std::size_t>(i)] = 1 / (1 + std::exp(-eta[i]));
    return s;
}

BestSingleFeature BestSingleFeature::fit(const Eigen::MatrixXd& x, const std::vector<int>& y) {
    BestSingleFeature best;
    best.auc_ = -1;
    for (Eigen::Index f = 0; f < x.cols(); ++f) {
        const std::vector<double> v(x.col(f).data(), x.col(f).data() + x.rows());
        const double auc = rocAuc(v, y);
        if (std::isnan(auc)) continue;
        // A feature that ranks events low is as good a rule with its direction turned round.
        const double directed = std::max(auc, 1 - auc);
        if (directed > best.auc_) {
            best.auc_ = directed;
            best.feature_ = f;
            best.sign_ = auc >= 0.5 ? 1 : -1;
        }
    }
    return best;
}

std::vector<double> BestSingleFeature::score(const Eigen::MatrixXd& x) const {
    std::vector<double> s(static_cast<std::size_t>(x.rows()));
    for (Eigen::Index i = 0; i < x.rows(); ++i) s[static_cast<std::size_t>(i)] = sign_ * x(i, feature_);
    return s;
}

}  // namespace eagle
