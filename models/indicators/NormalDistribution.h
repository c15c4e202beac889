#pragma once
// The standard normal distribution: density, distribution function and quantile, for the
// parametric and EWMA value at risk.

namespace eagle {

double normalPdf(double x);
double normalCdf(double x);
// The p-quantile of N(0,1) for p in (0,1): Acklam's rational approximation (relative error below
// 1.15e-9) refined by one Halley step on erfc, which brings it to within a few ulp of the exact
// value. Returns -inf/+inf at 0/1 and NaN outside [0,1].
double normalQuantile(double p);

}  // namespace eagle
