#pragma once
// RiskMetrics exponentially weighted volatility: recent days weigh more, so the VaR reacts to a
// change of regime within days rather than after a whole window.

#include "RiskMeasures.h"

namespace eagle {

inline constexpr double kRiskMetricsLambda = 0.94;

class EwmaVolatility {
public:
    explicit EwmaVolatility(double lambda = kRiskMetricsLambda) : lambda_(lambda) {}

    // sigma^2(t+1) = lambda * sigma^2(t) + (1 - lambda) * r(t)^2, with zero mean as in RiskMetrics.
    // The first observation seeds the variance with its own square; its weight decays as
    // lambda^n (below 1e-6 after 250 days).
    void add(double pnl) {
        variance_ = observations_ == 0 ? pnl * pnl : lambda_ * variance_ + (1 - lambda_) * pnl * pnl;
        ++observations_;
    }
    double variance() const { return variance_; }  // forecast for the next day
    long observations() const { return observations_; }
    // Normal VaR and ES with the forecast volatility, zero mean, square-root-of-time over h days.
    RiskEstimate risk(double confidence, int horizonDays = 1) const;

private:
    double lambda_;
    double variance_ = 0;
    long observations_ = 0;
};

}  // namespace eagle
