#include "PlantedScenario.h"

#include <algorithm>

namespace eagle {

void PlantedScenario::markTradesOf(ScenarioContext& c, std::size_t i, bool asBuyer, bool asSeller) {
    auto& trades = c.out.trades;
    for (std::size_t k = 0; k < trades.size(); ++k)
        if (!trades[k].scenario && ((asBuyer && c.trades.buyers()[k] == i) || (asSeller && c.trades.sellers()[k] == i)))
            trades[k].scenario = record_.id;
}

void PlantedScenario::event(ScenarioContext& c, std::size_t institution, const std::string& kind, Date start,
                            std::optional<Date> end, double severity, const std::string& note) {
    RiskEvent e;
    e.institution = c.state.institution(institution).id;
    e.day = start;
    e.endDay = end;
    e.kind = kind;
    e.severity = severity;
    e.source = "simulated";
    e.note = note;
    e.scenario = record_.id;
    c.out.events.push_back(std::move(e));
}

std::optional<std::size_t> ScenarioPlacement::pick(const std::function<bool(const SimulatedInstitution&)>& fits) {
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < population_.members.size(); ++i)
        if (!used(i) && fits(population_.members[i])) candidates.push_back(i);
    if (candidates.empty()) return std::nullopt;
    const std::size_t chosen = candidates[random_.index(candidates.size())];
    use(chosen);
    return chosen;
}

std::size_t ScenarioPlacement::fit(double days) const {
    const auto n = static_cast<double>(calendar_.size());
    return std::max<std::size_t>(2, static_cast<std::size_t>(std::min(days, n * 0.4)));
}

std::size_t ScenarioPlacement::window(std::size_t length) {
    const std::size_t n = calendar_.size();
    const std::size_t first = n / 10;
    const std::size_t last = n > length + n / 10 ? n - length - n / 10 : first;
    return first + (last > first ? random_.index(last - first + 1) : 0);
}

}  // namespace eagle
