#include "AlertReplay.h"

#include "ProfilePipeline.h"
#include "RuleWorkspace.h"

#include <limits>

namespace eagle {
namespace {

std::vector<std::size_t> groupsOf(const std::vector<Institution>& institutions) {
    std::vector<std::size_t> out;
    for (int g : peerGroupIndices(institutions)) out.push_back(static_cast<std::size_t>(g));
    return out;
}

}  // namespace

AlertReplay::AlertReplay(Store& store, FeatureCatalog catalog, RuleSet rules, DayAlerts onDay)
    : store_(store),
      engine_(store.institutions(), loadFixings(store), store.relations()),
      scorer_(groupsOf(engine_.institutions())),
      rules_(engine_.institutions(), std::move(catalog), std::move(rules)),
      onDay_(std::move(onDay)) {
    // Which engine output each catalog slot is: a profile feature, a risk score, or neither.
    const auto& names = rules_.catalog().names();
    featureOfSlot_.resize(names.size());
    scoreOfSlot_.resize(names.size());
    for (std::size_t slot = 0; slot < names.size(); ++slot) {
        for (std::size_t f = 0; f < kProfileFeatureCount; ++f)
            if (kProfileFeatures[f].name == names[slot]) featureOfSlot_[slot] = f;
        for (std::size_t s = 0; s < riskTypes().size(); ++s)
            if (riskTypes()[s].name == names[slot]) scoreOfSlot_[slot] = s;
    }
}

void AlertReplay::add(const Trade& trade) {
    if (current_ && trade.day != *current_) finishDay(*current_);
    current_ = trade.day;
    engine_.add(trade);
}

void AlertReplay::finish() {
    if (current_) finishDay(*current_);
    current_.reset();
}

void AlertReplay::finishDay(Date day) {
    const DayProfile profile = engine_.finishDay(day, store_.balancesOn(day));
    const std::vector<ScoreRow> scores = scorer_.score(profile);
    const std::size_t rows = profile.values.size();
    std::vector<std::vector<double>> bySlot(featureOfSlot_.size());
    for (std::size_t slot = 0; slot < bySlot.size(); ++slot) {
        if (!featureOfSlot_[slot] && !scoreOfSlot_[slot]) continue;
        auto& column = bySlot[slot];
        column.resize(rows);
        for (std::size_t i = 0; i < rows; ++i)
            column[i] =
                featureOfSlot_[slot] ? profile.values[i][*featureOfSlot_[slot]] : scores[i][*scoreOfSlot_[slot]];
    }
    std::vector<ReplayAlert> alerts = rules_.addDay(day, bySlot);
    if (onDay_) onDay_(day, std::move(alerts));
}

}  // namespace eagle
