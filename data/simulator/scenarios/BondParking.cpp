// Bond parking (代持): A sells a bond to B at an off-market price and buys it back some days later
// at the sale price plus an agreed carry, keeping the position off its books in between.

#include "DayActivity.h"
#include "ScenarioCatalog.h"

#include <cmath>
#include <sstream>

namespace eagle {
namespace {

class BondParking : public PlantedScenario {
public:
    BondParking(std::int64_t id, std::string params, std::size_t owner, std::size_t holder, std::size_t sale,
                std::size_t buyBack, const std::vector<Date>& calendar, std::size_t bond, double premium, double carry,
                double size)
        : PlantedScenario(id, "bond_parking", calendar[sale], calendar[buyBack], std::move(params)),
          owner_(owner), holder_(holder), sale_(sale), buyBack_(buyBack), bond_(bond), premium_(premium),
          carry_(carry), size_(size) {}

    void afterTrading(ScenarioContext& c) override {
        const Instrument& bond = c.state.population().bonds[bond_];
        if (c.dayIndex == sale_) {
            const double fair = TradeFactory::priceFromYield(c.trades.fairYield(bond), 2.5, c.trades.yearsToMaturity(bond));
            salePrice_ = std::round((fair + premium_) * 10000) / 10000;
            mark(c.trades.bond(holder_, owner_, bond, size_, salePrice_, c.trades.fairYield(bond), sessionSecond(c.random, false)));
            std::ostringstream note;
            note << "sold " << bond.code << " at " << salePrice_ << " (market " << fair << "), buy-back agreed";
            event(c, owner_, "bond_parking", record_.start, record_.end, 0.7, note.str());
            event(c, holder_, "bond_parking", record_.start, record_.end, 0.5, "holds " + bond.code + " for " +
                                                                                   c.state.institution(owner_).code);
        }
        if (c.dayIndex == buyBack_ && !c.state[owner_].failed && !c.state[holder_].failed) {
            const double days = record_.end.daysSinceEpoch() - record_.start.daysSinceEpoch();
            const double agreed = std::round(salePrice_ * (1 + carry_ / 100 * days / 365) * 10000) / 10000;
            mark(c.trades.bond(owner_, holder_, bond, size_, agreed, c.trades.fairYield(bond), sessionSecond(c.random, false)));
        }
    }

private:
    std::size_t owner_, holder_, sale_, buyBack_, bond_;
    double premium_, carry_, size_;
    double salePrice_ = 0;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantBondParking(ScenarioPlacement& where, const ScenarioRequest& request,
                                                  std::int64_t id) {
    const auto owner = where.pick([](const SimulatedInstitution& m) {
        return m.behaviour.strategy == Strategy::LeveragedFund || m.institution.type == InstitutionType::SecuritiesFirm;
    });
    const auto holder = where.pick([](const SimulatedInstitution& m) {
        return m.institution.type == InstitutionType::CityCommercialBank ||
               m.institution.type == InstitutionType::RuralCommercialBank || m.institution.type == InstitutionType::TrustCompany;
    });
    if (!owner || !holder) return nullptr;
    const auto& calendar = where.calendar();
    const auto holdingDays = static_cast<int>(scenarioParam(request, "holding"));
    const std::size_t sale = where.window(where.fit(holdingDays * 5.0 / 7 + 1));
    std::size_t buyBack = sale + 1;
    while (buyBack + 1 < calendar.size() && calendar[buyBack].daysSinceEpoch() - calendar[sale].daysSinceEpoch() < holdingDays)
        ++buyBack;
    const std::size_t bond = 3 + where.random().index(4);  // a 3- to 10-year government bond
    return std::make_unique<BondParking>(id, describeParams(request, *findScenario(request.kind)), *owner, *holder, sale,
                                         buyBack, calendar, bond, scenarioParam(request, "premium"),
                                         scenarioParam(request, "carry"), scenarioParam(request, "size"));
}

}  // namespace eagle
