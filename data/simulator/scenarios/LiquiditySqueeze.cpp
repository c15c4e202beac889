// Liquidity squeeze ending in failure: funding moves to overnight at rising premiums, lenders
// withdraw one by one, liquid assets drain, then the institution fails and leaves unpaid loans.

#include "ScenarioCatalog.h"

#include <cmath>

namespace eagle {
namespace {

class LiquiditySqueeze : public PlantedScenario {
public:
    LiquiditySqueeze(std::int64_t id, std::string params, std::size_t victim, std::size_t start, std::size_t failure,
                     const std::vector<Date>& calendar, double premium, bool fails)
        : PlantedScenario(id, "liquidity_squeeze", calendar[start], calendar[std::min(failure, calendar.size() - 1)],
                          std::move(params)),
          victim_(victim), start_(start), failure_(failure), premium_(premium), fails_(fails) {}

    void beforeTrading(ScenarioContext& c) override {
        const std::size_t d = c.dayIndex;
        InstitutionState& s = c.state[victim_];
        if (d < start_ || s.failed) return;
        if (d == start_) baseLenders_ = s.lenders.size();
        if (d >= failure_) {
            if (fails_) fail(c);
            return;
        }
        const double p = static_cast<double>(d - start_) / static_cast<double>(failure_ - start_);
        const double base = c.state.behaviour(victim_).overnightShare;
        s.overnightShare = base + (1 - base) * std::pow(p, 0.7);
        s.extraSpread = premium_ * p * p;
        s.fundingMultiplier = 1 + 2 * p;  // it must roll over more and more often
        // Counterparties withdraw: the relationship shrinks to one lender by the end.
        const auto keep = std::max<std::size_t>(1, baseLenders_ - static_cast<std::size_t>(p * baseLenders_));
        if (s.lenders.size() > keep) s.lenders.resize(keep);
        s.liquid *= 0.97;
    }

    void afterTrading(ScenarioContext& c) override {
        if (c.dayIndex >= start_ && c.dayIndex < failure_) markTradesOf(c, victim_, false, true);
    }

private:
    void fail(ScenarioContext& c) {
        const auto unpaid = c.state.fail(victim_, c.out);
        double total = 0;
        for (const auto& [lender, amount] : unpaid) total += amount;
        const Date failureDay = c.day();
        event(c, victim_, "liquidity_squeeze", record_.start, failureDay, 0.7, "funding moved overnight, lenders withdrew");
        event(c, victim_, "failure", failureDay, failureDay, 1.0,
              "unpaid money-market borrowing " + std::to_string(static_cast<long long>(total)) + " CNY");
        for (const auto& [lender, amount] : unpaid)
            event(c, lender, "counterparty_default_loss", failureDay, failureDay, amount / c.state[lender].equity,
                  "unpaid by " + c.state.institution(victim_).code + ": " + std::to_string(static_cast<long long>(amount)) + " CNY");
    }

    std::size_t victim_, start_, failure_;
    double premium_;
    bool fails_;
    std::size_t baseLenders_ = 0;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantLiquiditySqueeze(ScenarioPlacement& where, const ScenarioRequest& request,
                                                       std::int64_t id) {
    const auto victim = where.pick([](const SimulatedInstitution& m) {
        const auto t = m.institution.type;
        return (t == InstitutionType::CityCommercialBank || t == InstitutionType::RuralCommercialBank ||
                t == InstitutionType::SecuritiesFirm) &&
               m.behaviour.lenders.size() >= 3 && m.behaviour.fundingNeed > 0;
    });
    if (!victim) return nullptr;
    const std::size_t duration = where.fit(scenarioParam(request, "duration"));
    const std::size_t start = where.window(duration + 1);
    const bool fails = scenarioParam(request, "fail") >= 0.5;
    return std::make_unique<LiquiditySqueeze>(id, describeParams(request, *findScenario(request.kind)), *victim, start,
                                              start + duration, where.calendar(), scenarioParam(request, "premium"),
                                              fails);
}

}  // namespace eagle
