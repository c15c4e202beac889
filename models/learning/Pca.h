#pragma once
// Principal component analysis by the singular value decomposition of the centred data.

#include <Eigen/Dense>

namespace eagle {

struct Pca {
    Eigen::RowVectorXd mean;        // per feature
    Eigen::MatrixXd loadings;       // features x components: the principal axes, unit length
    Eigen::VectorXd variance;       // per component: singular value squared over (n - 1)
    Eigen::VectorXd varianceShare;  // per component: its share of the total variance

    // Keeps the first `components` axes (at most min(rows, features)). Each axis's sign makes its
    // largest loading positive, so the result does not depend on the SVD's arbitrary signs.
    static Pca fit(const Eigen::MatrixXd& rows, Eigen::Index components);
    // The smallest number of components whose variance shares add up to `share`.
    static Eigen::Index componentsFor(const Eigen::MatrixXd& rows, double share);

    Eigen::MatrixXd transform(const Eigen::MatrixXd& rows) const { return (rows.rowwise() - mean) * loadings; }
};

}  // namespace eagle
