#pragma once
// Rules that follow a market day by day, as a replay delivers it: each finished day is appended
// and the rules are evaluated over the days so far; an episode that starts on the newest day is
// that day's alert. Every window looks back only and peer ranks are per day, so the alerts of
// each day are exactly those a batch run over the whole period dates on that day.

#include "FeatureCatalog.h"
#include "RuleInputs.h"
#include "RuleProgram.h"
#include "RuleStore.h"

#include <vector>

namespace eagle {

// An alert of a replay, with the name of the rule that raised it (nothing is stored yet).
struct ReplayAlert {
    std::string rule;
    Alert alert;
};

class RuleReplay {
public:
    RuleReplay(std::vector<Institution> institutions, FeatureCatalog catalog, RuleSet rules);

    // One finished day: bySlot[slot][row] in the institutions' order, NaN where undefined; a slot
    // left empty is undefined that day. Returns the alerts whose episode starts this day (end_day
    // is the day itself: a replay cannot know yet how long the episode will last).
    std::vector<ReplayAlert> addDay(Date day, const std::vector<std::vector<double>>& bySlot);

    const FeatureCatalog& catalog() const { return catalog_; }
    const std::vector<Date>& days() const { return days_; }

private:
    RuleInputs inputsSoFar() const;

    std::vector<Institution> institutions_;
    FeatureCatalog catalog_;
    RuleSet rules_;
    std::vector<char> read_;                    // [slot]: some rule reads it
    std::vector<std::vector<double>> history_;  // [slot]: day-major, days x institutions
    std::vector<Date> days_;
    std::vector<int> peerGroup_;
};

}  // namespace eagle
