#pragma once
// Builds the simulator's trades with consistent ids, timestamps, settlement days and prices, so
// that normal activity and planted scenarios produce trades of the same shape.

#include "MarketState.h"
#include "ReferenceRates.h"

namespace eagle {

class TradeFactory {
public:
    TradeFactory(MarketState& state, const RatesOfDay& rates, DayOutput& out) : state_(state), rates_(rates), out_(out) {}

    // Cash lent by lender to borrower for tenorDays at rate (%); repo when collateral is given.
    Trade& money(std::size_t lender, std::size_t borrower, double notional, int tenorDays, double rate,
                 int secondsAfterNine, std::optional<InstrumentId> collateral);
    // buyer pays cash for faceValue of bond at the given clean price (per 100) and yield (%).
    Trade& bond(std::size_t buyer, std::size_t seller, const Instrument& bond, double faceValue, double price,
                double yield, int secondsAfterNine);
    Trade& fxSpot(std::size_t buyer, std::size_t seller, double usd, double rate, int secondsAfterNine);
    Trade& fxSwap(std::size_t buyer, std::size_t seller, double usd, double forward, int tenorDays, int secondsAfterNine);
    Trade& gold(std::size_t buyer, std::size_t seller, double grams, double cnyPerGram, int secondsAfterNine);

    // The market's clean price (per 100) and yield (%) for this bond today.
    double fairYield(const Instrument& bond) const;
    static double priceFromYield(double yieldPct, double couponPct, double years);
    double yearsToMaturity(const Instrument& bond) const;

    const RatesOfDay& rates() const { return rates_; }
    std::vector<std::size_t>& buyers() { return buyers_; }
    std::vector<std::size_t>& sellers() { return sellers_; }

private:
    Trade& append(Trade t, std::size_t buyer, std::size_t seller, int secondsAfterNine, Date settle);

    MarketState& state_;
    const RatesOfDay& rates_;
    DayOutput& out_;
    // Population indices of each emitted trade's buyer and seller, parallel to out_.trades.
    std::vector<std::size_t> buyers_, sellers_;
};

}  // namespace eagle
