#include "Pca.h"

#include <algorithm>
#include <stdexcept>

namespace eagle {
namespace {

Eigen::BDCSVD<Eigen::MatrixXd> svdOfCentred(const Eigen::MatrixXd& rows, Eigen::RowVectorXd& mean) {
    if (rows.rows() < 2 || rows.cols() < 1) throw std::invalid_argument("PCA needs at least two rows");
    mean = rows.colwise().mean();
    return Eigen::BDCSVD<Eigen::MatrixXd>(rows.rowwise() - mean, Eigen::ComputeThinV);
}

}  // namespace

Pca Pca::fit(const Eigen::MatrixXd& rows, Eigen::Index components) {
    Pca p;
    const auto svd = svdOfCentred(rows, p.mean);
    const Eigen::VectorXd s = svd.singularValues();
    components = std::clamp<Eigen::Index>(components, 1, s.size());
    p.loadings = svd.matrixV().leftCols(components);
    for (Eigen::Index c = 0; c < components; ++c) {
        Eigen::Index largest = 0;
        p.loadings.col(c).cwiseAbs().maxCoeff(&largest);
        if (p.loadings(largest, c) < 0) p.loadings.col(c) *= -1;
    }
    const Eigen::VectorXd all = s.cwiseAbs2() / static_cast<double>(rows.rows() - 1);
    p.variance = all.head(components);
    const double total = all.sum();
    p.varianceShare = total > 0 ? Eigen::VectorXd(p.variance / total) : Eigen::VectorXd::Zero(components);
    return p;
}

Eigen::Index Pca::componentsFor(const Eigen::MatrixXd& rows, double share) {
    Eigen::RowVectorXd mean;
    const Eigen::VectorXd s = svdOfCentred(rows, mean).singularValues().cwiseAbs2();
    const double total = s.sum();
    double sum = 0;
    for (Eigen::Index c = 0; c < s.size(); ++c) {
        sum += s[c];
        if (total <= 0 || sum >= share * total) return c + 1;
    }
    return s.size();
}

}  // namespace eagle
