#pragma once
// Puts heavy-tailed profile features (CNY volumes next to shares and counts) on one scale: each
// column is centred on its median, divided by a robust spread and compressed with asinh, so that a
// bank a thousand times larger than a fund is a few units away, not a thousand. Missing values
// become the median (0 after scaling). Fitted on training rows, stored with a model.

#include <Eigen/Dense>

#include <vector>

namespace eagle {

class FeatureScaling {
public:
    FeatureScaling() = default;
    FeatureScaling(std::vector<double> centre, std::vector<double> spread)
        : centre_(std::move(centre)), spread_(std::move(spread)) {}

    // Fits one centre and spread per column from the rows (NaN ignored). The spread is the median
    // absolute deviation scaled to a normal's sd, else the mean absolute deviation, else 1.
    static FeatureScaling fit(const Eigen::MatrixXd& rows);
    // Fits from columns given as flat value lists (one list per feature), for data too large for a
    // dense matrix; NaN ignored.
    static FeatureScaling fitColumns(const std::vector<std::vector<double>>& columns);

    double apply(std::size_t feature, double value) const;
    Eigen::MatrixXd apply(const Eigen::MatrixXd& rows) const;

    const std::vector<double>& centre() const { return centre_; }
    const std::vector<double>& spread() const { return spread_; }

private:
    std::vector<double> centre_;
    std::vector<double> spread_;
};

// Centres each column on its mean and divides by its standard deviation (1 where constant):
// the z-scores PCA and k-means work on.
struct Standardisation {
    Eigen::RowVectorXd mean;
    Eigen::RowVectorXd sd;
    static Standardisation fit(const Eigen::MatrixXd& rows);
    Eigen::MatrixXd apply(const Eigen::MatrixXd& rows) const;
};

}  // namespace eagle
