#include "PositionBook.h"

#include <algorithm>
#include <cmath>

namespace eagle {

PositionBook::PositionBook(std::vector<InstitutionId> institutions)
    : institutions_(std::move(institutions)), positions_(institutions_.size()) {
    for (std::size_t i = 0; i < institutions_.size(); ++i) index_[institutions_[i].value] = i;
}

std::size_t PositionBook::indexOf(InstitutionId id) const {
    const auto it = index_.find(id.value);
    return it == index_.end() ? institutions_.size() : it->second;
}

void PositionBook::add(const Trade& trade) {
    if (trade.status == "cancelled") return;  // never settled
    apply(trade.buyer, trade, +1);
    apply(trade.seller, trade, -1);
}

void PositionBook::apply(InstitutionId id, const Trade& t, double sign) {
    const std::size_t i = indexOf(id);
    if (i == institutions_.size()) return;
    Positions& p = positions_[i];
    switch (t.product) {
    case Product::BondCash: {
        if (!t.instrument) return;
        const std::int64_t bond = t.instrument->value;
        auto it = std::lower_bound(p.bondFace.begin(), p.bondFace.end(), bond,
                                   [](const auto& holding, std::int64_t id) { return holding.first < id; });
        if (it == p.bondFace.end() || it->first != bond) it = p.bondFace.insert(it, {bond, 0.0});
        it->second += sign * t.quantity;
        // Flat positions are dropped so that the daily revaluation only visits live holdings.
        if (std::abs(it->second) < 1e-6) p.bondFace.erase(it);
        break;
    }
    case Product::FxSpot: p.usd += sign * t.quantity; break;
    case Product::GoldSpot: p.goldGrams += sign * t.quantity; break;
    default: break;  // repo, lending, FX swaps, equities: no position in this book
    }
}

double Positions::faceOf(InstrumentId bond) const {
    const auto it = std::lower_bound(bondFace.begin(), bondFace.end(), bond.value,
                                     [](const auto& holding, std::int64_t id) { return holding.first < id; });
    return it != bondFace.end() && it->first == bond.value ? it->second : 0.0;
}

namespace {
// position x (mark - previous mark), skipping a position whose mark is not known on both days.
double move(double quantity, double mark, double previous) {
    const double d = mark - previous;
    return std::isfinite(d) ? quantity * d : 0.0;
}
}  // namespace

double PositionBook::pnl(std::size_t index, const MarketPrices& prices) const {
    const Positions& p = positions_[index];
    double total = move(p.usd, prices.usdCny(), prices.previousUsdCny()) +
                   move(p.goldGrams, prices.goldPerGram(), prices.previousGoldPerGram());
    const std::vector<double>& moves = prices.bondMoves();
    double bonds = 0;
    for (const auto& [bond, face] : p.bondFace)
        if (static_cast<std::size_t>(bond) < moves.size()) bonds += face * moves[static_cast<std::size_t>(bond)];
    return total + bonds / 100;
}

double PositionBook::value(std::size_t index, const MarketPrices& prices) const {
    const Positions& p = positions_[index];
    const auto mark = [](double q, double price) { return q != 0 && std::isfinite(price) ? q * price : 0.0; };
    double total = mark(p.usd, prices.usdCny()) + mark(p.goldGrams, prices.goldPerGram());
    for (const auto& [bond, face] : p.bondFace) total += mark(face / 100, prices.bondPrice(InstrumentId(bond)));
    return total;
}

}  // namespace eagle
