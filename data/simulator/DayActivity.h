#pragma once
// One business day of ordinary trading: relationship lending in repo and interbank loans, bond
// trading around market makers, USD/CNY spot and swaps, and gold. Each institution draws from its
// own random stream for the day, so its activity does not depend on anyone else's draws.

#include "TradeFactory.h"

#include <cstdint>

namespace eagle {

class DayActivity {
public:
    DayActivity(TradeFactory& trades, MarketState& state, std::uint64_t seed, std::size_t dayIndex)
        : trades_(trades), state_(state), seed_(seed), dayIndex_(dayIndex) {}

    void moneyMarket();
    void bondMarket();
    void fxMarket();
    void goldMarket();

private:
    Random streamFor(std::size_t institution, std::uint64_t market) const;
    bool active(std::size_t i) const { return !state_[i].failed; }

    TradeFactory& trades_;
    MarketState& state_;
    std::uint64_t seed_;
    std::size_t dayIndex_;
};

// Seconds after 09:00 within ordinary trading hours (09:00-12:00, 13:30-16:45), skewed to the morning
// for money-market trades, which settle the same day.
int sessionSecond(Random& r, bool morning);

}  // namespace eagle
