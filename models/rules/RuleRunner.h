#pragma once
// Runs a rule file over the latest profile run and stores the alerts as a new run of kind
// "rules": the rules (versioned by text) and one alert per episode, with the analysts' statuses and
// notes carried over from the same alerts of earlier runs. All or nothing.

#include "Progress.h"
#include "RuleProgram.h"
#include "RuleStore.h"

#include <string>

namespace eagle {

inline constexpr const char* kRuleRunKind = "rules";

struct RuleRunResult {
    RunId run;
    RunId profileRun;
    std::vector<std::int64_t> alertsPerRule;  // in the order of RuleSet::rules
    std::int64_t alerts = 0;
    double seconds = 0;  // evaluation only, without loading and storing
    int carriedOver = 0;  // alerts that took an analyst's status from the same alert of an earlier run
};

RuleRunResult runRules(Store& store, const RuleSet& rules, const std::string& author, int threads = 2,
                       const std::stop_token& stop = {}, const ProgressCallback& progress = {});

}  // namespace eagle
