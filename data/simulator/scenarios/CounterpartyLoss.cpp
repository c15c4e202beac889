// Sudden loss of a major counterparty: a big lender withdraws from the market for a while; the
// institutions that relied on it borrow from others, at a premium.

#include "ScenarioCatalog.h"

#include <algorithm>

namespace eagle {
namespace {

class CounterpartyLoss : public PlantedScenario {
public:
    CounterpartyLoss(std::int64_t id, std::string params, std::size_t hub, std::size_t start, std::size_t end,
                     const std::vector<Date>& calendar, std::vector<std::size_t> dependants)
        : PlantedScenario(id, "counterparty_loss", calendar[start], calendar[end - 1], std::move(params)),
          hub_(hub), start_(start), end_(end), dependants_(std::move(dependants)) {}

    void beforeTrading(ScenarioContext& c) override {
        if (c.dayIndex == start_) {
            c.state[hub_].lendingSuspended = true;
            for (std::size_t b : dependants_) {
                auto& s = c.state[b];
                saved_.push_back(s.lenders);
                // It turns to the lenders it used less, and to new ones, who charge more.
                std::erase(s.lenders, hub_);
                for (std::size_t extra : c.state.population().lenders)
                    if (extra != hub_ && extra != b && std::find(s.lenders.begin(), s.lenders.end(), extra) == s.lenders.end() &&
                        c.random.chance(0.05) && s.lenders.size() < 6)
                        s.lenders.push_back(extra);
                s.extraSpread += 0.25;
            }
            event(c, hub_, "hub_withdrawal", record_.start, record_.end, 1.0,
                  std::to_string(dependants_.size()) + " institutions relied on it");
            for (std::size_t b : dependants_)
                event(c, b, "counterparty_loss", record_.start, record_.end, 0.6,
                      "main lender " + c.state.institution(hub_).code + " withdrew");
        }
        if (c.dayIndex == end_) {
            c.state[hub_].lendingSuspended = false;
            for (std::size_t k = 0; k < dependants_.size(); ++k) {
                c.state[dependants_[k]].lenders = saved_[k];
                c.state[dependants_[k]].extraSpread -= 0.25;
            }
        }
    }

    void afterTrading(ScenarioContext& c) override {
        if (c.dayIndex < start_ || c.dayIndex >= end_) return;
        for (std::size_t b : dependants_) markTradesOf(c, b, false, true);
    }

private:
    std::size_t hub_, start_, end_;
    std::vector<std::size_t> dependants_;
    std::vector<std::vector<std::size_t>> saved_;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantCounterpartyLoss(ScenarioPlacement& where, const ScenarioRequest& request,
                                                       std::int64_t id) {
    // The hub: the unused lender that is first choice of the most borrowers.
    const auto& members = where.population().members;
    std::vector<int> firstChoice(members.size(), 0);
    for (const auto& m : members)
        if (!m.behaviour.lenders.empty()) ++firstChoice[m.behaviour.lenders.front()];
    std::optional<std::size_t> hub;
    for (std::size_t i : where.population().lenders)
        if (!where.used(i) && (!hub || firstChoice[i] > firstChoice[*hub])) hub = i;
    if (!hub || firstChoice[*hub] == 0) return nullptr;
    where.use(*hub);
    std::vector<std::size_t> dependants;
    for (std::size_t b = 0; b < members.size(); ++b)
        if (!members[b].behaviour.lenders.empty() && members[b].behaviour.lenders.front() == *hub && !where.used(b))
            dependants.push_back(b);
    for (std::size_t b : dependants) where.use(b);
    const std::size_t duration = where.fit(scenarioParam(request, "duration"));
    const std::size_t start = where.window(duration);
    return std::make_unique<CounterpartyLoss>(id, describeParams(request, *findScenario(request.kind)), *hub, start,
                                              start + duration, where.calendar(), std::move(dependants));
}

}  // namespace eagle
