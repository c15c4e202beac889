#include "PositionBook.h"

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
        double& face = p.bondFace[t.instrument->value];
        face += sign * t.quantity;
        // Flat positions are dropped so that the daily revaluation only visits live holdings.
        if (std::abs(face) < 1e-6) p.bondFace.erase(t.instrument->value);
        break;
    }
    case Product::FxSpot: p.usd += sign * t.quantity; break;
    case Product::GoldSpot: p.goldGrams += sign * t.quantity; break;
    default: break;  // repo, lending, FX swaps, equities: no position in this book
    }
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
    for (const auto& [bond, face] : p.bondFace)
        total += move(face / 100, prices.bondPrice(InstrumentId(bond)), prices.previousBondPrice(InstrumentId(bond)));
    return total;
}

double PositionBook::value(std::size_t index, const MarketPrices& prices) const {
    const Positions& p = positions_[index];
    const auto mark = [](double q, double price) { return q != 0 && std::isfinite(price) ? q * price : 0.0; };
    double total = mark(p.usd, prices.usdCny()) + mark(p.goldGrams, prices.goldPerGram());
    for (const auto& [bond, face] : p.bondFace) total += mark(face / 100, prices.bondPrice(InstrumentId(bond)));
    return total;
}

}  // namespace eagle
