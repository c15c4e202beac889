#pragma once
// A risk scenario planted in the simulated market. It changes institutions' behaviour before the
// day's trading, adds trades of its own after it, marks every trade it created or distorted, and
// writes its ground truth to risk_event.

#include "TradeFactory.h"

#include <functional>
#include <set>
#include <string>

namespace eagle {

struct ScenarioContext {
    std::size_t dayIndex = 0;
    const std::vector<Date>& calendar;
    MarketState& state;
    TradeFactory& trades;
    DayOutput& out;
    Random random;  // the scenario's own stream for this day
    Date day() const { return calendar[dayIndex]; }
};

class PlantedScenario {
public:
    PlantedScenario(std::int64_t id, std::string kind, Date start, Date end, std::string params)
        : record_{id, std::move(kind), start, end, std::move(params)} {}
    virtual ~PlantedScenario() = default;

    virtual void beforeTrading(ScenarioContext&) {}
    virtual void afterTrading(ScenarioContext&) {}
    const Scenario& record() const { return record_; }

protected:
    Trade& mark(Trade& t) {
        t.scenario = record_.id;
        return t;
    }
    // Marks today's trades that involve institution i (as buyer, seller or either).
    void markTradesOf(ScenarioContext& c, std::size_t i, bool asBuyer, bool asSeller);
    void event(ScenarioContext& c, std::size_t institution, const std::string& kind, Date start,
               std::optional<Date> end, double severity, const std::string& note);

    Scenario record_;
};

// Chooses where and when scenarios happen, never reusing an institution for two scenarios.
class ScenarioPlacement {
public:
    ScenarioPlacement(const SimulatedPopulation& population, const std::vector<Date>& calendar, Random& random)
        : population_(population), calendar_(calendar), random_(random) {}

    // An unused institution satisfying the predicate, preferring larger ones when weighted.
    std::optional<std::size_t> pick(const std::function<bool(const SimulatedInstitution&)>& fits);
    // A start day index such that [start, start + length) lies in the middle 80% of the period.
    std::size_t window(std::size_t length);
    // Scales a duration in days down for short simulations.
    std::size_t fit(double days) const;
    void use(std::size_t i) { used_.insert(i); }
    bool used(std::size_t i) const { return used_.count(i) > 0; }
    Random& random() { return random_; }
    const SimulatedPopulation& population() const { return population_; }
    const std::vector<Date>& calendar() const { return calendar_; }

private:
    const SimulatedPopulation& population_;
    const std::vector<Date>& calendar_;
    Random& random_;
    std::set<std::size_t> used_;
};

}  // namespace eagle
