#pragma once
// The trades behind an alert: the institution's trades, on either side, on the days of the
// episode — what an analyst opens next to see what actually happened.

#include "Store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace eagle {

struct TradeLine {
    Date day;
    std::int64_t ts = 0;  // market time, seconds since 1970-01-01 (Beijing)
    Product product = Product::Repo;
    bool cashProvider = false;  // bought the bond or FX, or lent the money
    std::string counterparty;   // code
    std::string instrument;     // code; empty for money-market trades
    double price = 0, rate = 0, notionalCny = 0;
    int tenorDays = 0;
};

struct TradesBehind {
    std::vector<TradeLine> trades;  // in time order, at most the limit asked for
    std::int64_t total = 0;         // all trades of those days, shown or not
};

TradesBehind tradesBehind(Store& store, InstitutionId institution, Date from, Date to, std::size_t limit = 500);

}  // namespace eagle
