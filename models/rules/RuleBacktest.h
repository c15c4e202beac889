#pragma once
// Measures rules against the workspace's risk events (observed or planted by the simulator)
// without storing anything: which events each rule caught, how early, and how often it fired
// where nothing happened.

#include "RuleHit.h"
#include "RuleProgram.h"
#include "RuleWorkspace.h"

#include <map>
#include <string>
#include <vector>

namespace eagle {

struct RuleBacktestRow {
    std::string rule;
    int alerts = 0;       // episodes
    int hits = 0;         // events caught: an alert for the institution from `lead` days before to the event's end
    int misses = 0;       // events not caught by this rule
    int falseAlarms = 0;  // alerts near no event of their institution
    double medianLeadDays = 0;  // business days from the first matching alert to the event's end; NaN if no hit
    std::map<std::string, int> hitsByKind;
};

struct RuleBacktestReport {
    std::vector<RuleBacktestRow> rules;
    int events = 0;
    std::map<std::string, std::pair<int, int>> byKind;  // kind -> (caught by some rule, events)
    int leadWindowDays = 0;
    std::vector<char> hitCaught;  // per hit given to run(), in its order: 1 when it caught an event
};

class RuleBacktest {
public:
    // An alert up to leadWindow business days before an event starts counts as catching it.
    explicit RuleBacktest(int leadWindow = 40) : leadWindow_(leadWindow) {}
    RuleBacktestReport run(const RuleWorkspace& workspace, const RuleSet& rules, const std::vector<RiskEvent>& events,
                           const std::vector<RuleHit>& hits) const;

private:
    int leadWindow_;
};

}  // namespace eagle
