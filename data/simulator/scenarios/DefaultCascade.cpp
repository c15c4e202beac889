// A default cascade through the lending layer: small banks lend heavily (30-day loans) to a
// borrower that then defaults; their losses exceed their capital and they fail the next day,
// taking down in turn the banks that lent to them.

#include "DayActivity.h"
#include "ScenarioCatalog.h"

#include <cmath>

namespace eagle {
namespace {

class DefaultCascade : public PlantedScenario {
public:
    DefaultCascade(std::int64_t id, std::string params, std::vector<std::vector<std::size_t>> rounds,
                   std::size_t start, std::size_t defaultDay, const std::vector<Date>& calendar)
        : PlantedScenario(id, "default_cascade", calendar[start],
                          calendar[std::min(defaultDay + 2 * (rounds.size() - 1), calendar.size() - 1)], std::move(params)),
          rounds_(std::move(rounds)), start_(start), defaultDay_(defaultDay) {}

    void afterTrading(ScenarioContext& c) override {
        const std::size_t d = c.dayIndex;
        if (d < start_ || d >= defaultDay_) return;
        // Each lender of round r+1 lends to every member of round r, so that by the default its
        // outstanding exposure is about 1.5 times its capital.
        const std::size_t days = defaultDay_ - start_;
        for (std::size_t r = 0; r + 1 < rounds_.size(); ++r)
            for (std::size_t lender : rounds_[r + 1])
                for (std::size_t borrower : rounds_[r]) {
                    if (c.state[lender].failed || c.state[borrower].failed) continue;
                    const double target = 1.5 * c.state[lender].equity / static_cast<double>(rounds_[r].size());
                    const double daily = std::round(target / static_cast<double>(std::min<std::size_t>(days, 20)) / 1e6) * 1e6;
                    if (daily < 1e6 || d + 20 < defaultDay_) continue;  // lend in the last 20 days: 30-day loans stay outstanding
                    const double rate = c.trades.rates().moneyRate(30) + 0.3 + c.random.normal(0, 0.02);
                    mark(c.trades.money(lender, borrower, daily, 30, rate, sessionSecond(c.random, true), std::nullopt));
                }
    }

    void beforeTrading(ScenarioContext& c) override {
        // Round r fails 2r business days after the first default.
        for (std::size_t r = 0; r < rounds_.size(); ++r) {
            if (c.dayIndex != defaultDay_ + 2 * r) continue;
            for (std::size_t member : rounds_[r]) {
                if (c.state[member].failed) continue;
                const auto unpaid = c.state.fail(member, c.out);
                double total = 0;
                for (const auto& [lender, amount] : unpaid) total += amount;
                event(c, member, "default", c.day(), c.day(), 1.0,
                      (r == 0 ? std::string("first default") : "contagion round " + std::to_string(r)) +
                          ", unpaid " + std::to_string(static_cast<long long>(total)) + " CNY");
            }
        }
    }

private:
    std::vector<std::vector<std::size_t>> rounds_;
    std::size_t start_, defaultDay_;
};

bool smallBank(const SimulatedInstitution& m) {
    return (m.institution.type == InstitutionType::RuralCommercialBank ||
            m.institution.type == InstitutionType::CityCommercialBank) &&
           m.institution.totalAssets < 5e11;
}

}  // namespace

std::unique_ptr<PlantedScenario> plantDefaultCascade(ScenarioPlacement& where, const ScenarioRequest& request,
                                                     std::int64_t id) {
    const auto first = where.pick([](const SimulatedInstitution& m) {
        return m.institution.type == InstitutionType::FinanceCompany || m.institution.type == InstitutionType::TrustCompany ||
               m.institution.type == InstitutionType::CityCommercialBank;
    });
    if (!first) return nullptr;
    std::vector<std::vector<std::size_t>> rounds{{*first}};
    for (const char* size : {"first_round", "second_round"}) {
        std::vector<std::size_t> round;
        for (int k = 0; k < static_cast<int>(scenarioParam(request, size)); ++k)
            if (const auto bank = where.pick(smallBank)) round.push_back(*bank);
        if (round.empty()) break;
        rounds.push_back(std::move(round));
    }
    if (rounds.size() < 2) return nullptr;
    const std::size_t buildup = where.fit(scenarioParam(request, "buildup"));
    const std::size_t start = where.window(buildup + 2 * rounds.size());
    return std::make_unique<DefaultCascade>(id, describeParams(request, *findScenario(request.kind)), std::move(rounds),
                                            start, start + buildup, where.calendar());
}

}  // namespace eagle
