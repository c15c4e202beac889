#pragma once
// Names a cluster of institutions after what sets it apart: its features furthest from the
// market's average (standardised centroid deviations), each turned into a phrase a supervisor
// uses ("liquidity provider", "overnight-funded", "bond buyer").

#include <string>
#include <utility>
#include <vector>

namespace eagle {

struct FeatureDeviation {
    std::string feature;
    double deviation = 0;  // centroid minus market mean, in standard deviations
};

// The phrase for a feature being far above (high) or below the market, or empty when the feature
// says nothing about strategy in that direction.
std::string strategyPhrase(const std::string& feature, bool high);

// Up to `parts` phrases of the largest deviations (at least 0.25 sd), joined with ", ";
// "average profile" when nothing stands out. Repeated phrases are skipped.
std::string clusterName(std::vector<FeatureDeviation> deviations, int parts = 2);

}  // namespace eagle
