#pragma once
// Day-by-day marks for the positions whose market risk EagleEye measures: bonds, USD and gold.
// A bond is marked at its closing price (market_daily BOND:<id>) on days it trades; on other days
// the government curve moves it: the curve price (CGB1Y/CGB10Y, the bond's spread, 2.5% coupon,
// as the simulator prices it) plus the bond's last observed basis to that curve price.

#include "Store.h"

#include <limits>
#include <vector>

namespace eagle {

class MarketPrices {
public:
    explicit MarketPrices(Store& store);

    // Moves to the given day; days must come in ascending order. The previous marks are kept, so
    // that a day's P&L is position x (today's mark - yesterday's mark).
    void advanceTo(Date day);

    // Clean price per 100 face; NaN while the bond has neither a close nor a curve price.
    double bondPrice(InstrumentId bond) const { return at(bonds_, bond); }
    double previousBondPrice(InstrumentId bond) const { return at(previousBonds_, bond); }
    // Per instrument id: today's mark minus yesterday's, 0 where either is unknown. Precomputed
    // once a day so that revaluing thousands of books is a gather, not a recomputation.
    const std::vector<double>& bondMoves() const { return moves_; }
    double usdCny() const { return usdCny_; }
    double previousUsdCny() const { return previousUsdCny_; }
    double goldPerGram() const { return gold_; }
    double previousGoldPerGram() const { return previousGold_; }

private:
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    struct Series {
        std::vector<std::pair<Date, double>> points;  // ascending by day
        std::size_t next = 0;
        double last = kNaN;
        // The close on or before `day`, carried forward.
        double advance(Date day);
    };
    struct Bond {
        bool known = false;
        double spread = 0;  // percent over the government curve
        std::optional<Date> maturity;
        Series closes;
        double basis = 0;  // last close minus the curve price on that day
    };
    static double at(const std::vector<double>& v, InstrumentId id) {
        const auto i = static_cast<std::size_t>(id.value);
        return i < v.size() ? v[i] : kNaN;
    }
    static Series load(Store& store, const std::string& name);
    double curvePrice(const Bond& bond, Date day, double y1, double y10) const;

    std::vector<Bond> bondInfo_;  // indexed by instrument id
    Series cgb1y_, cgb10y_, usd_, goldSeries_;
    std::vector<double> bonds_, previousBonds_, moves_;
    double usdCny_ = kNaN, previousUsdCny_ = kNaN, gold_ = kNaN, previousGold_ = kNaN;
};

}  // namespace eagle
