#include "NetworkHistory.h"

#include "Store.h"
#include "TradeFactory.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr double kCouponPct = 2.5;  // the simulator's coupon; a fair guess for observed bonds

// Modified duration of an annual-coupon bond, from the price's sensitivity to its yield.
double modifiedDuration(double yieldPct, double years) {
    const double h = 0.01;  // one basis point, in percent
    const double up = TradeFactory::priceFromYield(yieldPct + h, kCouponPct, years);
    const double down = TradeFactory::priceFromYield(yieldPct - h, kCouponPct, years);
    const double mid = TradeFactory::priceFromYield(yieldPct, kCouponPct, years);
    return mid > 0 ? (down - up) / (2 * h / 100) / mid : 0;
}

std::uint64_t pairKey(std::uint32_t a, std::uint32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

}  // namespace

NetworkHistory NetworkHistory::load(Store& store, const ProgressCallback& progress, const std::stop_token& stop) {
    NetworkHistory h;
    h.institutions_ = store.institutions();
    h.relations_ = store.relations();
    h.days_ = store.tradingDays();
    std::unordered_map<std::int64_t, std::uint32_t> index;
    for (std::uint32_t i = 0; i < h.institutions_.size(); ++i) index[h.institutions_[i].id.value] = i;
    std::unordered_map<std::int64_t, std::uint32_t> bondIndex;
    for (const auto& instrument : store.instruments()) {
        if (instrument.market != Market::Bond) continue;
        Bond b;
        if (instrument.issuer)
            if (auto it = index.find(instrument.issuer->value); it != index.end()) b.issuer = it->second;
        b.maturity = instrument.maturity;
        bondIndex[instrument.id.value] = static_cast<std::uint32_t>(h.bonds_.size());
        h.bonds_.push_back(b);
    }
    std::int64_t seen = 0;
    const double first = h.days_.empty() ? 0 : h.days_.front().daysSinceEpoch();
    const double span =
        h.days_.empty() ? 1 : std::max(1, h.days_.back().daysSinceEpoch() - h.days_.front().daysSinceEpoch());
    store.forEachTrade([&](const Trade& t) {
        if ((++seen & 0xFFFF) == 0) {
            if (stop.stop_requested()) return false;
            if (progress) progress((t.day.daysSinceEpoch() - first) / span, "reading trades");
        }
        if (t.status == "cancelled") return true;
        const auto buyer = index.find(t.buyer.value), seller = index.find(t.seller.value);
        if (buyer == index.end() || seller == index.end()) return true;
        switch (t.product) {
            case Product::Repo:
            case Product::Lending:
            case Product::FxSwap: {
                const NetworkLayer layer = t.product == Product::Repo      ? NetworkLayer::Repo
                                           : t.product == Product::Lending ? NetworkLayer::Interbank
                                                                           : NetworkLayer::FxSwap;
                const std::int32_t term = std::max(1, t.tenorDays);
                h.longestTerm_ = std::max(h.longestTerm_, term);
                h.contracts_.push_back(
                    {t.day, t.day.addDays(term), buyer->second, seller->second, layer, t.notionalCny});
                break;
            }
            case Product::BondCash:
                if (t.instrument)
                    if (auto b = bondIndex.find(t.instrument->value); b != bondIndex.end())
                        h.bondTrades_.push_back(
                            {t.day, buyer->second, seller->second, b->second, t.quantity, t.price, t.rate});
                break;
            default:
                break;
        }
        return true;
    });
    throwIfStopped(stop);
    if (progress) progress(1, "reading trades");
    // forEachTrade streams in day order already; keep the invariant explicit and cheap to check.
    if (!std::is_sorted(h.contracts_.begin(), h.contracts_.end(), [](auto& a, auto& b) { return a.start < b.start; }))
        std::stable_sort(h.contracts_.begin(), h.contracts_.end(), [](auto& a, auto& b) { return a.start < b.start; });
    if (!std::is_sorted(h.bondTrades_.begin(), h.bondTrades_.end(), [](auto& a, auto& b) { return a.day < b.day; }))
        std::stable_sort(h.bondTrades_.begin(), h.bondTrades_.end(), [](auto& a, auto& b) { return a.day < b.day; });
    return h;
}

MultilayerNetwork NetworkHistory::asOf(Date day, const std::vector<BalanceDaily>& balances) const {
    MultilayerNetwork net;
    net.asOf = day;
    std::unordered_map<std::int64_t, std::size_t> index;
    net.institutions.reserve(institutions_.size());
    for (const auto& i : institutions_) {
        index[i.id.value] = net.institutions.size();
        net.institutions.push_back({i.id, i.code, i.type, i.totalAssets, i.capital, 0, 0});
    }
    for (const auto& b : balances)
        if (auto it = index.find(b.institution.value); it != index.end()) {
            net.institutions[it->second].totalAssets = b.assets;
            net.institutions[it->second].equity = b.equity;
        }

    // Contracts outstanding on the day: only those started within the longest term can be.
    std::unordered_map<std::uint64_t, std::size_t> edgeOf[kNetworkLayerCount];
    auto addEdge = [&](std::uint32_t creditor, std::uint32_t debtor, NetworkLayer layer, double amount) {
        if (creditor == debtor || amount <= 0) return;
        auto [it, inserted] = edgeOf[indexOf(layer)].try_emplace(pairKey(creditor, debtor), net.edges.size());
        if (inserted) net.edges.push_back({creditor, debtor, 0, layer});
        net.edges[it->second].amount += amount;
    };
    const Date earliest = day.addDays(-longestTerm_);
    auto c = std::lower_bound(contracts_.begin(), contracts_.end(), earliest,
                              [](const Contract& k, Date d) { return k.start < d; });
    for (; c != contracts_.end() && c->start <= day; ++c)
        if (c->end > day) addEdge(c->creditor, c->debtor, c->layer, c->amount);

    // Bond holdings at the end of the day: net face bought, valued at the last traded price.
    std::unordered_map<std::uint64_t, double> face;  // (holder, bond) -> face
    std::vector<double> lastPrice(bonds_.size(), 0.0), lastYield(bonds_.size(), 0.0);
    for (const auto& t : bondTrades_) {
        if (t.day > day) break;
        face[pairKey(t.buyer, t.bond)] += t.face;
        face[pairKey(t.seller, t.bond)] -= t.face;
        lastPrice[t.bond] = t.price;
        lastYield[t.bond] = t.yield;
    }
    for (const auto& [key, held] : face) {
        const auto holder = static_cast<std::uint32_t>(key >> 32), bond = static_cast<std::uint32_t>(key & 0xFFFFFFFFu);
        const Bond& b = bonds_[bond];
        if (held <= 0 || (b.maturity && *b.maturity <= day)) continue;
        const double value = held * lastPrice[bond] / 100;
        auto& who = net.institutions[holder];
        who.bondValue += value;
        if (b.maturity) {
            const double years = std::max(0.05, (b.maturity->daysSinceEpoch() - day.daysSinceEpoch()) / 365.0);
            who.bondDv01 += value * modifiedDuration(lastYield[bond], years) * 1e-4;
        }
        if (b.issuer) addEdge(holder, *b.issuer, NetworkLayer::Bond, value);
    }

    for (const auto& r : relations_) {
        if (r.validFrom > day || (r.validTo && *r.validTo < day)) continue;
        const auto src = index.find(r.src.value), dst = index.find(r.dst.value);
        if (src == index.end() || dst == index.end()) continue;
        addEdge(static_cast<std::uint32_t>(src->second), static_cast<std::uint32_t>(dst->second),
                NetworkLayer::Ownership, r.share > 0 ? r.share : 1.0);
    }
    return net;
}

std::vector<std::vector<double>> NetworkHistory::outstandingLending() const {
    std::vector<std::vector<double>> out(days_.size(), std::vector<double>(institutions_.size(), 0.0));
    for (const auto& c : contracts_) {
        if (c.layer != NetworkLayer::Repo && c.layer != NetworkLayer::Interbank) continue;
        for (auto d = std::lower_bound(days_.begin(), days_.end(), c.start); d != days_.end() && *d < c.end; ++d)
            out[static_cast<std::size_t>(d - days_.begin())][c.creditor] += c.amount;
    }
    return out;
}

std::vector<std::vector<double>> NetworkHistory::newLending() const {
    std::vector<std::vector<double>> out(days_.size(), std::vector<double>(institutions_.size(), 0.0));
    for (const auto& c : contracts_) {
        if (c.layer != NetworkLayer::Repo && c.layer != NetworkLayer::Interbank) continue;
        const auto d = std::lower_bound(days_.begin(), days_.end(), c.start);
        if (d != days_.end() && *d == c.start) out[static_cast<std::size_t>(d - days_.begin())][c.creditor] += c.amount;
    }
    return out;
}

MultilayerNetwork buildNetwork(Store& store, Date day) {
    return NetworkHistory::load(store).asOf(day, store.balancesOn(day));
}

}  // namespace eagle
