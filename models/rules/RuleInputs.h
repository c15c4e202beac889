#pragma once
// What rules read: every feature as a dense institution x day array (row-major, NaN where
// undefined) and each institution's peer group. Nothing else is reachable from a rule.

#include <cstddef>
#include <vector>

namespace eagle {

struct RuleInputs {
    std::size_t institutions = 0;
    std::size_t days = 0;
    // features[slot]: institutions x days values; an empty array reads as all NaN.
    std::vector<std::vector<double>> features;
    // peerGroup[institution]: a small integer per group (institutions of the same type).
    std::vector<int> peerGroup;

    std::size_t cells() const { return institutions * days; }
};

}  // namespace eagle
