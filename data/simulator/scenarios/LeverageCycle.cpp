// Leverage build-up in a fund followed by forced deleveraging: it borrows ever more overnight repo
// to buy bonds, then a margin call makes it sell at a discount and pay the borrowing back.

#include "DayActivity.h"
#include "ScenarioCatalog.h"

#include <cmath>

namespace eagle {
namespace {

class LeverageCycle : public PlantedScenario {
public:
    LeverageCycle(std::int64_t id, std::string params, std::size_t fund, std::size_t start, std::size_t peak,
                  std::size_t end, const std::vector<Date>& calendar, double peakMultiplier)
        : PlantedScenario(id, "leverage_cycle", calendar[start], calendar[end - 1], std::move(params)),
          fund_(fund), start_(start), peak_(peak), end_(end), peakMultiplier_(peakMultiplier) {}

    void beforeTrading(ScenarioContext& c) override {
        const std::size_t d = c.dayIndex;
        InstitutionState& s = c.state[fund_];
        if (d < start_ || d > end_ || s.failed) return;
        const double base = 1 / std::max(0.1, c.state.population().members[fund_].equityShare);
        if (d < peak_) {
            const double p = static_cast<double>(d - start_) / static_cast<double>(peak_ - start_);
            s.fundingMultiplier = 1 + (peakMultiplier_ - 1) * p;
            s.overnightShare = 0.95;
            s.bondActivityMultiplier = 1 + 2 * p;
            s.bondBuyShare = 0.9;
            s.leverage = base * (1 + (peakMultiplier_ - 1) * p);
        } else if (d < end_) {
            const double p = static_cast<double>(d - peak_) / static_cast<double>(end_ - peak_);
            s.fundingMultiplier = peakMultiplier_ * (1 - p) + 0.5 * p;
            s.bondActivityMultiplier = 4;
            s.bondBuyShare = 0.05;
            s.leverage = base * (peakMultiplier_ * (1 - p) + p);
        } else {
            s.fundingMultiplier = 1;
            s.bondActivityMultiplier = 1;
            s.bondBuyShare.reset();
            s.overnightShare.reset();
            s.leverage.reset();
            event(c, fund_, "leverage_buildup", record_.start, c.calendar[peak_ - 1], 0.6,
                  "leverage rose to " + std::to_string(peakMultiplier_) + "x its usual borrowing");
            event(c, fund_, "forced_deleveraging", c.calendar[peak_], c.calendar[end_ - 1], 0.8,
                  "margin call: bonds sold at a discount");
        }
    }

    void afterTrading(ScenarioContext& c) override {
        const std::size_t d = c.dayIndex;
        if (d < start_ || d >= end_ || c.state[fund_].failed) return;
        markTradesOf(c, fund_, true, true);
        if (d < peak_) return;
        // Fire sales to the market makers, 10-25 basis points cheap.
        const auto& makers = c.state.population().marketMakers;
        const auto& bonds = c.state.population().bonds;
        for (int k = 0; k < 3; ++k) {
            const std::size_t maker = makers[c.random.index(makers.size())];
            if (maker == fund_) continue;
            const Instrument& bond = bonds[c.random.index(bonds.size())];
            const double yield = c.trades.fairYield(bond) + c.random.uniform(0.10, 0.25);
            const double price = TradeFactory::priceFromYield(yield, 2.5, c.trades.yearsToMaturity(bond));
            const double face = std::round(c.state[fund_].assets * 0.01 / 1e6) * 1e6;
            if (face >= 1e6) mark(c.trades.bond(maker, fund_, bond, face, price, yield, sessionSecond(c.random, false)));
        }
    }

private:
    std::size_t fund_, start_, peak_, end_;
    double peakMultiplier_;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantLeverageCycle(ScenarioPlacement& where, const ScenarioRequest& request,
                                                    std::int64_t id) {
    const auto fund = where.pick([](const SimulatedInstitution& m) {
        return m.behaviour.strategy == Strategy::LeveragedFund &&
               (m.institution.type == InstitutionType::Fund || m.institution.type == InstitutionType::WealthProduct) &&
               !m.behaviour.lenders.empty();
    });
    if (!fund) return nullptr;
    const std::size_t buildup = where.fit(scenarioParam(request, "buildup"));
    const std::size_t unwind = where.fit(scenarioParam(request, "unwind"));
    const std::size_t start = where.window(buildup + unwind + 1);
    return std::make_unique<LeverageCycle>(id, describeParams(request, *findScenario(request.kind)), *fund, start,
                                           start + buildup, start + buildup + unwind, where.calendar(),
                                           std::max(1.5, scenarioParam(request, "peak")));
}

}  // namespace eagle
