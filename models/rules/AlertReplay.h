#pragma once
// Alerts as a trade replay goes: the profile engine follows the trades, each finished day's
// features and risk scores go to a RuleReplay, and the alerts that start that day are handed on
// at once — the day they would have fired. Features that other models define are undefined here.

#include "ProfileEngine.h"
#include "RiskScores.h"
#include "RuleReplay.h"

#include <functional>
#include <optional>

namespace eagle {

class Store;

class AlertReplay {
public:
    using DayAlerts = std::function<void(Date day, std::vector<ReplayAlert> alerts)>;

    // The rules must have been parsed against catalog (RuleWorkspace::catalogOf, or the profile
    // features and scores).
    AlertReplay(Store& store, FeatureCatalog catalog, RuleSet rules, DayAlerts onDay);

    // Feed every trade in order (a TradeReplay listener), then finish() once the replay has ended.
    void add(const Trade& trade);
    void finish();

private:
    void finishDay(Date day);

    Store& store_;
    ProfileEngine engine_;
    RiskScorer scorer_;
    RuleReplay rules_;
    DayAlerts onDay_;
    std::vector<std::optional<std::size_t>> featureOfSlot_, scoreOfSlot_;
    std::optional<Date> current_;
};

}  // namespace eagle
