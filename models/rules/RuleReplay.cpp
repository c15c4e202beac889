#include "RuleReplay.h"

#include "RuleEvaluator.h"
#include "RuleWorkspace.h"

#include <limits>

namespace eagle {

RuleReplay::RuleReplay(std::vector<Institution> institutions, FeatureCatalog catalog, RuleSet rules)
    : institutions_(std::move(institutions)), catalog_(std::move(catalog)), rules_(std::move(rules)) {
    read_.assign(catalog_.names().size(), 0);
    for (const CompiledRule& r : rules_.rules)
        for (int slot : r.features)
            if (static_cast<std::size_t>(slot) < read_.size()) read_[static_cast<std::size_t>(slot)] = 1;
    history_.resize(read_.size());
    peerGroup_ = peerGroupIndices(institutions_);
}

std::vector<ReplayAlert> RuleReplay::addDay(Date day, const std::vector<std::vector<double>>& bySlot) {
    const std::size_t rows = institutions_.size();
    for (std::size_t slot = 0; slot < read_.size(); ++slot) {
        if (!read_[slot]) continue;
        auto& h = history_[slot];
        if (slot < bySlot.size() && bySlot[slot].size() == rows)
            h.insert(h.end(), bySlot[slot].begin(), bySlot[slot].end());
        else
            h.resize(h.size() + rows, std::numeric_limits<double>::quiet_NaN());
    }
    days_.push_back(day);

    // The whole history again each day: a few passes over memory per rule, far less than the
    // profile engine's work for the day, and no second, incremental evaluator to keep in step.
    const RuleInputs inputs = inputsSoFar();
    const RuleEvaluator evaluator(inputs);
    std::vector<ReplayAlert> out;
    for (std::size_t k = 0; k < rules_.rules.size(); ++k)
        for (const RuleHit& hit : evaluator.episodes(k, rules_.rules[k])) {
            if (hit.firstDay + 1 != days_.size()) continue;
            out.push_back(
                {rules_.rules[k].name, alertOf(hit, rules_.rules[k], catalog_, inputs, institutions_, days_)});
        }
    return out;
}

RuleInputs RuleReplay::inputsSoFar() const {
    RuleInputs in;
    in.institutions = institutions_.size();
    in.days = days_.size();
    in.peerGroup = peerGroup_;
    in.features.resize(read_.size());
    for (std::size_t slot = 0; slot < read_.size(); ++slot) {
        if (!read_[slot]) continue;
        auto& f = in.features[slot];
        f.resize(in.cells());
        const auto& h = history_[slot];
        for (std::size_t d = 0; d < in.days; ++d)
            for (std::size_t r = 0; r < in.institutions; ++r) f[r * in.days + d] = h[d * in.institutions + r];
    }
    return in;
}

}  // namespace eagle
