// Circular trading among related parties: the same bond goes round a ring of group members
// (A sells to B, B to C, C back to A) in near-equal sizes within minutes.

#include "DayActivity.h"
#include "ScenarioCatalog.h"

#include <algorithm>

namespace eagle {
namespace {

class CircularTrading : public PlantedScenario {
public:
    CircularTrading(std::int64_t id, std::string params, std::vector<std::size_t> ring, std::vector<std::size_t> days,
                    const std::vector<Date>& calendar, double size, std::size_t bond)
        : PlantedScenario(id, "circular_trading", calendar[days.front()], calendar[days.back()], std::move(params)),
          ring_(std::move(ring)), days_(std::move(days)), size_(size), bond_(bond) {}

    void afterTrading(ScenarioContext& c) override {
        if (c.dayIndex == days_.front())
            for (std::size_t member : ring_)
                event(c, member, "circular_trading", record_.start, record_.end, 0.8,
                      std::to_string(ring_.size()) + "-party ring in " + c.state.population().bonds[bond_].code);
        if (!std::binary_search(days_.begin(), days_.end(), c.dayIndex)) return;
        const Instrument& bond = c.state.population().bonds[bond_];
        const double yield = c.trades.fairYield(bond);
        const double price = TradeFactory::priceFromYield(yield, 2.5, c.trades.yearsToMaturity(bond));
        int second = sessionSecond(c.random, false);
        second = std::min(second, 6 * 3600);
        for (std::size_t k = 0; k < ring_.size(); ++k) {
            const std::size_t seller = ring_[k], buyer = ring_[(k + 1) % ring_.size()];
            const double face = std::round(size_ * (1 + c.random.normal(0, 0.01)) / 1e6) * 1e6;
            second += 60 + static_cast<int>(c.random.index(240));  // a few minutes apart
            mark(c.trades.bond(buyer, seller, bond, face, price + c.random.normal(0, 0.01), yield, second));
        }
    }

private:
    std::vector<std::size_t> ring_, days_;
    double size_;
    std::size_t bond_;
};

}  // namespace

std::unique_ptr<PlantedScenario> plantCircularTrading(ScenarioPlacement& where, const ScenarioRequest& request,
                                                      std::int64_t id) {
    const auto& groups = where.population().groups;
    const auto ringSize = static_cast<std::size_t>(std::max(3.0, scenarioParam(request, "ring")));
    for (const auto& group : groups) {
        std::vector<std::size_t> ring;
        for (std::size_t m : group)
            if (!where.used(m) && ring.size() < ringSize) ring.push_back(m);
        if (ring.size() < ringSize) continue;
        for (std::size_t m : ring) where.use(m);
        const std::size_t span = where.fit(25);
        const std::size_t start = where.window(span);
        const std::size_t count = std::min<std::size_t>(span, static_cast<std::size_t>(scenarioParam(request, "days")));
        std::vector<std::size_t> days;
        while (days.size() < count) {
            const std::size_t d = start + where.random().index(span);
            if (std::find(days.begin(), days.end(), d) == days.end()) days.push_back(d);
        }
        std::sort(days.begin(), days.end());
        // A credit bond: thinly traded, so the ring's volume stands out against it.
        const auto& bonds = where.population().bonds;
        std::size_t bond = bonds.size() - 1 - where.random().index(std::max<std::size_t>(1, bonds.size() - 10));
        return std::make_unique<CircularTrading>(id, describeParams(request, *findScenario(request.kind)), ring,
                                                 std::move(days), where.calendar(), scenarioParam(request, "size"), bond);
    }
    return nullptr;
}

}  // namespace eagle
