#pragma once
// Value at risk and expected shortfall of a P&L series by historical simulation and under the
// normal distribution. P&L is positive for a gain; VaR and ES are reported as positive losses.

#include <cstddef>
#include <limits>
#include <span>

namespace eagle {

struct RiskEstimate {
    double var = std::numeric_limits<double>::quiet_NaN();  // loss not exceeded with the confidence
    double es = std::numeric_limits<double>::quiet_NaN();   // mean loss beyond the VaR
};

// How many of n observations form the tail at this confidence: k = ceil(n * (1 - confidence)),
// at least 1. A 1e-9 slack keeps 100 * (1 - 0.99) = 1.0000000000000009 at k = 1.
std::size_t tailCount(std::size_t n, double confidence);

// Historical simulation: VaR is the k-th worst loss of the window (k from tailCount), ES the mean
// of the k worst losses. With 250 days at 99%, k = 3: the third worst day. NaN for an empty window.
RiskEstimate historicalRisk(std::span<const double> pnl, double confidence);

// Normal with the window's mean and sample standard deviation (n - 1): over h days the P&L is
// N(h*mu, h*sigma^2), so VaR = z*sigma*sqrt(h) - h*mu and ES = sigma*sqrt(h)*phi(z)/(1-c) - h*mu.
RiskEstimate parametricRisk(std::span<const double> pnl, double confidence, int horizonDays = 1);
RiskEstimate normalRisk(double mean, double sigma, double confidence, int horizonDays = 1);

// Square-root-of-time scaling of a one-day estimate (the Basel 10-day convention).
RiskEstimate scaleToHorizon(RiskEstimate oneDay, int horizonDays);

}  // namespace eagle
