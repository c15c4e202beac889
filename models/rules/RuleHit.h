#pragma once
// One episode of a rule holding for an institution: the first and last of consecutive days on
// which it held, and what it read on the first day.

#include <cstddef>
#include <utility>
#include <vector>

namespace eagle {

struct RuleHit {
    std::size_t rule = 0;         // index into RuleSet::rules
    std::size_t institution = 0;  // row of RuleInputs
    std::size_t firstDay = 0;     // columns of RuleInputs
    std::size_t lastDay = 0;
    double subject = 0;                            // {value} on the first day
    std::vector<std::pair<int, double>> evidence;  // (feature slot, value) on the first day
};

}  // namespace eagle
