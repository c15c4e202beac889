#include "TradeFactory.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {
double round4(double x) { return std::round(x * 10000) / 10000; }
}  // namespace

Trade& TradeFactory::append(Trade t, std::size_t buyer, std::size_t seller, int secondsAfterNine, Date settle) {
    // Ids are given once the day's trades are in time order (MarketSimulator).
    t.day = rates_.day;
    t.ts = static_cast<std::int64_t>(rates_.day.daysSinceEpoch()) * 86400 + 9 * 3600 + secondsAfterNine;
    t.buyer = state_.institution(buyer).id;
    t.seller = state_.institution(seller).id;
    t.settleDay = settle;
    buyers_.push_back(buyer);
    sellers_.push_back(seller);
    out_.trades.push_back(std::move(t));
    return out_.trades.back();
}

Trade& TradeFactory::money(std::size_t lender, std::size_t borrower, double notional, int tenorDays, double rate,
                           int secondsAfterNine, std::optional<InstrumentId> collateral) {
    Trade t;
    t.product = collateral ? Product::Repo : Product::Lending;
    t.instrument = collateral;
    t.notionalCny = t.quantity = notional;
    t.tenorDays = tenorDays;
    t.rate = round4(rate);
    return append(std::move(t), lender, borrower, secondsAfterNine, rates_.day);
}

Trade& TradeFactory::bond(std::size_t buyer, std::size_t seller, const Instrument& bond, double faceValue, double price,
                          double yield, int secondsAfterNine) {
    Trade t;
    t.product = Product::BondCash;
    t.instrument = bond.id;
    t.quantity = faceValue;
    t.price = round4(price);
    t.rate = round4(yield);
    t.notionalCny = faceValue * t.price / 100;
    return append(std::move(t), buyer, seller, secondsAfterNine, rates_.day.nextBusinessDay());
}

Trade& TradeFactory::fxSpot(std::size_t buyer, std::size_t seller, double usd, double rate, int secondsAfterNine) {
    Trade t;
    t.product = Product::FxSpot;
    t.instrument = state_.population().usdCny.id;
    t.quantity = usd;
    t.price = round4(rate);
    t.notionalCny = usd * t.price;
    return append(std::move(t), buyer, seller, secondsAfterNine, rates_.day.nextBusinessDay().nextBusinessDay());
}

Trade& TradeFactory::fxSwap(std::size_t buyer, std::size_t seller, double usd, double forward, int tenorDays,
                            int secondsAfterNine) {
    Trade t;
    t.product = Product::FxSwap;
    t.instrument = state_.population().usdCny.id;
    t.quantity = usd;
    t.price = round4(forward);
    t.notionalCny = usd * rates_.usdCny;
    t.tenorDays = tenorDays;
    return append(std::move(t), buyer, seller, secondsAfterNine, rates_.day.nextBusinessDay().nextBusinessDay());
}

Trade& TradeFactory::gold(std::size_t buyer, std::size_t seller, double grams, double cnyPerGram, int secondsAfterNine) {
    Trade t;
    t.product = Product::GoldSpot;
    t.instrument = state_.population().gold.id;
    t.quantity = grams;
    t.price = std::round(cnyPerGram * 100) / 100;
    t.notionalCny = grams * t.price;
    return append(std::move(t), buyer, seller, secondsAfterNine, rates_.day);
}

double TradeFactory::yearsToMaturity(const Instrument& bond) const {
    return std::max(0.05, (bond.maturity->daysSinceEpoch() - rates_.day.daysSinceEpoch()) / 365.0);
}

double TradeFactory::fairYield(const Instrument& bond) const {
    const double spread = bond.kind == "government"    ? 0.0
                          : bond.kind == "policy_bank" ? 0.08
                          : bond.kind == "ncd"         ? (bond.rating == "AAA" ? 0.20 : bond.rating == "AA+" ? 0.30 : 0.45)
                                                       : (bond.rating == "AAA" ? 0.45 : bond.rating == "AA+" ? 0.70 : 1.10);
    return rates_.governmentYield(yearsToMaturity(bond)) + spread;
}

double TradeFactory::priceFromYield(double yieldPct, double couponPct, double years) {
    const double y = yieldPct / 100;
    const int n = static_cast<int>(std::ceil(years));
    const double first = years - (n - 1);  // time to the first annual coupon
    double price = 0;
    for (int k = 0; k < n; ++k) price += couponPct / std::pow(1 + y, first + k);
    return price + 100 / std::pow(1 + y, years);
}

}  // namespace eagle
