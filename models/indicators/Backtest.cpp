#include "Backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eagle {
namespace {

// x ln p with the convention 0 ln 0 = 0, so that zero counts contribute nothing.
double xlog(double x, double p) { return x == 0 ? 0 : x * std::log(p); }

// Log-likelihood of a Bernoulli sample with `ones` successes out of `ones + zeros` at rate p.
double bernoulliLogLik(double zeros, double ones, double p) { return xlog(zeros, 1 - p) + xlog(ones, p); }

}  // namespace

double chiSquareSurvival(double x, int degreesOfFreedom) {
    if (!(x > 0)) return 1;
    if (degreesOfFreedom == 1) return std::erfc(std::sqrt(x / 2));
    if (degreesOfFreedom == 2) return std::exp(-x / 2);
    return std::numeric_limits<double>::quiet_NaN();
}

KupiecTest kupiec(int days, int exceptions, double confidence) {
    if (days <= 0) return {};
    const double n = days, x = exceptions, p = 1 - confidence;
    const double lr = -2 * (bernoulliLogLik(n - x, x, p) - bernoulliLogLik(n - x, x, x / n));
    // Rounding can leave -1e-15 when x/n equals p.
    return {std::max(lr, 0.0), chiSquareSurvival(std::max(lr, 0.0), 1)};
}

ChristoffersenTest christoffersen(const std::vector<bool>& exceptions, double confidence) {
    ChristoffersenTest t;
    for (std::size_t i = 1; i < exceptions.size(); ++i) {
        const bool a = exceptions[i - 1], b = exceptions[i];
        (a ? (b ? t.n11 : t.n10) : (b ? t.n01 : t.n00))++;
    }
    const double n00 = t.n00, n01 = t.n01, n10 = t.n10, n11 = t.n11;
    const double pi0 = n00 + n01 > 0 ? n01 / (n00 + n01) : 0;
    const double pi1 = n10 + n11 > 0 ? n11 / (n10 + n11) : 0;
    const double total = n00 + n01 + n10 + n11;
    const double pi = total > 0 ? (n01 + n11) / total : 0;
    const double restricted = bernoulliLogLik(n00 + n10, n01 + n11, pi);
    const double unrestricted = bernoulliLogLik(n00, n01, pi0) + bernoulliLogLik(n10, n11, pi1);
    t.lrInd = std::max(0.0, -2 * (restricted - unrestricted));
    t.pInd = chiSquareSurvival(t.lrInd, 1);

    int x = 0;
    for (bool e : exceptions) x += e;
    t.lrCc = kupiec(static_cast<int>(exceptions.size()), x, confidence).lr + t.lrInd;
    t.pCc = chiSquareSurvival(t.lrCc, 2);
    return t;
}

BaselZone trafficLight(int exceptions) {
    constexpr double kYellow[] = {0.40, 0.50, 0.65, 0.75, 0.85};
    if (exceptions <= 4) return {TrafficLight::Green, 0};
    if (exceptions <= 9) return {TrafficLight::Yellow, kYellow[exceptions - 5]};
    return {TrafficLight::Red, 1.0};
}

const char* nameOf(TrafficLight light) {
    switch (light) {
    case TrafficLight::Green: return "green";
    case TrafficLight::Yellow: return "yellow";
    case TrafficLight::Red: return "red";
    }
    return "";
}

}  // namespace eagle
