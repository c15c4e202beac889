#pragma once
// The stylised facts by which a (simulated) interbank market is judged realistic: a heavy-tailed
// degree distribution (core and periphery), heavy-tailed trade sizes, rate spikes at quarter ends.

#include "Store.h"

#include <vector>

namespace eagle {

struct StylisedFacts {
    // Complementary cumulative distributions: share of observations >= x.
    std::vector<double> degree, degreeShare;  // money-market distinct counterparties
    std::vector<double> size, sizeShare;      // money-market trade sizes, CNY
    double maxToMedianDegree = 0;
    double sizeTailIndex = 0;  // Hill estimate over the largest 5% of trade sizes
    // Reference rates by day (days since epoch) and the quarter ends within the period.
    std::vector<double> days, dr001, dr007;
    std::vector<double> quarterEnds;
    double quarterEndSpreadBp = 0;  // mean DR007 on quarter ends minus the median of other days
};

StylisedFacts measureStylisedFacts(Store& store);

// Hill estimator of the tail index from the k largest of the values.
double hillTailIndex(std::vector<double> values, std::size_t k);

}  // namespace eagle
