// Marking the close: small purchases of a thinly traded bond in the session's last minutes at
// prices above the market, so that the day's closing price (the last trade) is marked up.

#include "ScenarioCatalog.h"

#include <algorithm>

namespace eagle {
namespace {

constexpr int kLastTenMinutes = 8 * 3600 - 600 + 5400;  // 16:50 in seconds after 09:00, lunch included

class MarkingTheClose : public PlantedScenario {
public:
    MarkingTheClose(std::int64_t id, std::string params, std::size_t trader, std::vector<std::size_t> days,
                    const std::vector<Date>& calendar, std::size_t bond, double push)
        : PlantedScenario(id, "marking_the_close", calendar[days.front()], calendar[days.back()], std::move(params)),
          trader_(trader), days_(std::move(days)), bond_(bond), push_(push) {}

    void afterTrading(ScenarioContext& c) override {
        if (!std::binary_search(days_.begin(), days_.end(), c.dayIndex) || c.state[trader_].failed) return;
        const auto& makers = c.state.population().marketMakers;
        const Instrument& bond = c.state.population().bonds[bond_];
        const double fair = TradeFactory::priceFromYield(c.trades.fairYield(bond), 2.5, c.trades.yearsToMaturity(bond));
        for (int k = 0; k < 3; ++k) {
            std::size_t seller = makers[c.random.index(makers.size())];
            if (seller == trader_) continue;
            const double price = fair + push_ * (0.6 + 0.2 * k);  // each print a little higher
            mark(c.trades.bond(trader_, seller, bond, 1e7, price, c.trades.fairYield(bond) - push_ / 8,
                               kLastTenMinutes + 120 * k + static_cast<int>(c.random.index(100))));
        }
        if (c.dayIndex == days_.front())
            event(c, trader_, "marking_the_close", record_.start, record_.end, 0.6,
                  "closing prints in " + bond.code + " above the market");
    }

private:
    std::size_t trader_;
    std::vector<std::size_t> days_;
    std::size_t bond_;
    double push_;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantMarkingTheClose(ScenarioPlacement& where, const ScenarioRequest& request,
                                                      std::int64_t id) {
    const auto trader = where.pick([](const SimulatedInstitution& m) {
        return m.behaviour.strategy == Strategy::LeveragedFund && !isBank(m.institution.type);
    });
    if (!trader || where.population().marketMakers.size() < 2) return nullptr;
    // A corporate bond, preferably the trader's own holdings' kind: thin, so a few prints set the close.
    const auto& bonds = where.population().bonds;
    std::vector<std::size_t> credit;
    for (std::size_t b = 0; b < bonds.size(); ++b)
        if (bonds[b].kind == "corporate") credit.push_back(b);
    if (credit.empty()) return nullptr;
    const std::size_t bond = credit[where.random().index(credit.size())];
    const std::size_t span = where.fit(40);
    const std::size_t start = where.window(span);
    const auto count = std::min<std::size_t>(span, static_cast<std::size_t>(scenarioParam(request, "days")));
    std::vector<std::size_t> days;
    // Month-end closes matter most (fund valuations); take them first, then other days.
    for (std::size_t d = start; d < start + span && days.size() < count; ++d)
        if (where.calendar()[d].isLastBusinessDayOfMonth()) days.push_back(d);
    while (days.size() < count) {
        const std::size_t d = start + where.random().index(span);
        if (std::find(days.begin(), days.end(), d) == days.end()) days.push_back(d);
    }
    std::sort(days.begin(), days.end());
    return std::make_unique<MarkingTheClose>(id, describeParams(request, *findScenario(request.kind)), *trader,
                                             std::move(days), where.calendar(), bond, scenarioParam(request, "push"));
}

}  // namespace eagle
