#include "MarketPrices.h"

#include "TradeFactory.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr double kCouponPct = 2.5;  // every simulated bond pays 2.5% a year (docs/simulator.md)

// The simulator's credit spreads over the government curve, in percent (TradeFactory::fairYield).
double spreadOf(const Instrument& bond) {
    if (bond.kind == "government") return 0.0;
    if (bond.kind == "policy_bank") return 0.08;
    if (bond.kind == "ncd") return bond.rating == "AAA" ? 0.20 : bond.rating == "AA+" ? 0.30 : 0.45;
    return bond.rating == "AAA" ? 0.45 : bond.rating == "AA+" ? 0.70 : 1.10;
}

}  // namespace

double MarketPrices::Series::advance(Date day) {
    while (next < points.size() && points[next].first <= day) last = points[next++].second;
    return last;
}

MarketPrices::Series MarketPrices::load(Store& store, const std::string& name) {
    Series s;
    for (const auto& p : store.marketSeries(name)) s.points.emplace_back(p.day, p.close);
    return s;
}

MarketPrices::MarketPrices(Store& store)
    : cgb1y_(load(store, "CGB1Y")), cgb10y_(load(store, "CGB10Y")), usd_(load(store, "USDCNY")),
      goldSeries_(load(store, "AU9999")) {
    for (const auto& instrument : store.instruments()) {
        if (instrument.market != Market::Bond) continue;
        const auto i = static_cast<std::size_t>(instrument.id.value);
        if (i >= bondInfo_.size()) bondInfo_.resize(i + 1);
        Bond& b = bondInfo_[i];
        b.known = true;
        b.spread = spreadOf(instrument);
        b.maturity = instrument.maturity;
        b.closes = load(store, "BOND:" + std::to_string(instrument.id.value));
    }
    bonds_.assign(bondInfo_.size(), kNaN);
    previousBonds_ = bonds_;
    moves_.assign(bonds_.size(), 0.0);
}

double MarketPrices::curvePrice(const Bond& bond, Date day, double y1, double y10) const {
    if (!bond.maturity || std::isnan(y1) || std::isnan(y10)) return kNaN;
    // The simulator's curve: log-linear in maturity between the 1- and 10-year yields.
    const double years = std::max(0.05, (bond.maturity->daysSinceEpoch() - day.daysSinceEpoch()) / 365.0);
    const double t = std::clamp(years, 0.1, 50.0);
    const double yield = y1 + (y10 - y1) * std::log(t) / std::log(10.0) + bond.spread;
    return TradeFactory::priceFromYield(yield, kCouponPct, years);
}

void MarketPrices::advanceTo(Date day) {
    previousUsdCny_ = usdCny_;
    previousGold_ = gold_;
    usdCny_ = usd_.advance(day);
    gold_ = goldSeries_.advance(day);
    const double y1 = cgb1y_.advance(day), y10 = cgb10y_.advance(day);
    bonds_.swap(previousBonds_);
    for (std::size_t i = 0; i < bondInfo_.size(); ++i) {
        Bond& b = bondInfo_[i];
        if (!b.known) continue;
        if (b.maturity && day > *b.maturity) {
            bonds_[i] = 100;  // redeemed at par
            continue;
        }
        const std::size_t before = b.closes.next;
        const double close = b.closes.advance(day);
        const double model = curvePrice(b, day, y1, y10);
        if (std::isnan(model)) {
            bonds_[i] = close;  // no curve (e.g. imported data without CGB series): the last close
            continue;
        }
        if (b.closes.next != before) b.basis = close - model;  // a new close today re-anchors the mark
        bonds_[i] = model + b.basis;
    }
    for (std::size_t i = 0; i < bonds_.size(); ++i) {
        const double d = bonds_[i] - previousBonds_[i];
        moves_[i] = std::isfinite(d) ? d : 0.0;
    }
}

}  // namespace eagle
