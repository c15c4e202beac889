#pragma once
// Backtests of a VaR model: does it fail as often as it says (Kupiec), do its failures come in
// clusters (Christoffersen), and the Basel Committee's traffic light with its capital plus factor.

#include <vector>

namespace eagle {

// Upper tail probability of the chi-square distribution, for 1 or 2 degrees of freedom.
double chiSquareSurvival(double x, int degreesOfFreedom);

struct KupiecTest {
    double lr = 0;      // proportion-of-failures likelihood ratio, chi-square(1) under the model
    double pValue = 1;  // small: the exception rate differs from 1 - confidence
};
// n days, x exceptions, at VaR confidence c (expected exception rate p = 1 - c):
// LR = -2 ln[(1-p)^(n-x) p^x] + 2 ln[(1-x/n)^(n-x) (x/n)^x], with 0 ln 0 = 0.
KupiecTest kupiec(int days, int exceptions, double confidence);

struct ChristoffersenTest {
    int n00 = 0, n01 = 0, n10 = 0, n11 = 0;  // transitions: nij = day with state i followed by state j
    double lrInd = 0, pInd = 1;  // independence, chi-square(1)
    double lrCc = 0, pCc = 1;    // conditional coverage = Kupiec + independence, chi-square(2)
};
// exceptions[t] is true when day t's loss exceeded that day's VaR. The Kupiec part of the
// conditional coverage uses all days (the common textbook form, e.g. Jorion ch. 6).
ChristoffersenTest christoffersen(const std::vector<bool>& exceptions, double confidence);

enum class TrafficLight { Green, Yellow, Red };
struct BaselZone {
    TrafficLight zone = TrafficLight::Green;
    double plusFactor = 0;  // added to the multiplier 3 of the market-risk capital charge
};
// Basel Committee (1996), "Supervisory framework for the use of backtesting": exceptions of the
// 99% one-day VaR in 250 trading days. Green 0-4 (+0), yellow 5-9 (+0.40, 0.50, 0.65, 0.75, 0.85),
// red 10 or more (+1).
BaselZone trafficLight(int exceptions);
const char* nameOf(TrafficLight light);

}  // namespace eagle
