#include "RiskMeasures.h"

#include "NormalDistribution.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace eagle {

std::size_t tailCount(std::size_t n, double confidence) {
    const double k = std::ceil(static_cast<double>(n) * (1 - confidence) - 1e-9);
    return std::clamp<std::size_t>(static_cast<std::size_t>(std::max(k, 1.0)), 1, std::max<std::size_t>(n, 1));
}

RiskEstimate historicalRisk(std::span<const double> pnl, double confidence) {
    if (pnl.empty()) return {};
    const std::size_t k = tailCount(pnl.size(), confidence);
    std::vector<double> losses(pnl.size());
    std::transform(pnl.begin(), pnl.end(), losses.begin(), std::negate<>());
    // Only the k worst losses need ordering: a partial sort, not a full one, on every window.
    std::partial_sort(losses.begin(), losses.begin() + static_cast<std::ptrdiff_t>(k), losses.end(), std::greater<>());
    double tail = 0;
    for (std::size_t i = 0; i < k; ++i) tail += losses[i];
    return {losses[k - 1], tail / static_cast<double>(k)};
}

RiskEstimate normalRisk(double mean, double sigma, double confidence, int horizonDays) {
    const double z = normalQuantile(confidence);
    const double h = horizonDays;
    const double s = sigma * std::sqrt(h);
    return {z * s - h * mean, s * normalPdf(z) / (1 - confidence) - h * mean};
}

RiskEstimate parametricRisk(std::span<const double> pnl, double confidence, int horizonDays) {
    if (pnl.size() < 2) return {};
    double mean = 0;
    for (double x : pnl) mean += x;
    mean /= static_cast<double>(pnl.size());
    double squares = 0;
    for (double x : pnl) squares += (x - mean) * (x - mean);
    return normalRisk(mean, std::sqrt(squares / static_cast<double>(pnl.size() - 1)), confidence, horizonDays);
}

RiskEstimate scaleToHorizon(RiskEstimate oneDay, int horizonDays) {
    const double f = std::sqrt(static_cast<double>(horizonDays));
    return {oneDay.var * f, oneDay.es * f};
}

}  // namespace eagle
