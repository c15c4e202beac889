#pragma once
// The simple models the early-warning network must beat, trained on the same samples: logistic
// regression on the last day's features, and the single feature (with its direction) that best
// ranks the training samples — the best one-feature threshold rule.

#include "FeatureTensor.h"
#include "WarningDataset.h"

#include <Eigen/Dense>

#include <string>
#include <vector>

namespace eagle {

// The scaled features of each sample's last day: samples x features.
Eigen::MatrixXd lastDayFeatures(const FeatureTensor& scaled, const std::vector<WarningSample>& samples);

// L2-penalised logistic regression fitted by Newton's method (iteratively reweighted least
// squares), positives and negatives weighted to equal total weight.
class LogisticRegression {
public:
    static LogisticRegression fit(const Eigen::MatrixXd& x, const std::vector<int>& y, double l2 = 1e-2,
                                  int iterations = 30);
    std::vector<double> score(const Eigen::MatrixXd& x) const;  // probabilities
    const Eigen::VectorXd& weights() const { return weights_; }
    double bias() const { return bias_; }

private:
    Eigen::VectorXd weights_;
    double bias_ = 0;
};

// The feature and direction whose last-day value has the highest ROC AUC on the training samples.
// A threshold on it is a one-feature rule; its score is the (signed) value itself.
class BestSingleFeature {
public:
    static BestSingleFeature fit(const Eigen::MatrixXd& x, const std::vector<int>& y);
    std::vector<double> score(const Eigen::MatrixXd& x) const;
    Eigen::Index feature() const { return feature_; }
    bool higherIsRiskier() const { return sign_ > 0; }
    double trainingAuc() const { return auc_; }

private:
    Eigen::Index feature_ = 0;
    double sign_ = 1;
    double auc_ = 0;
};

}  // namespace eagle
