#pragma once
// Circular trading: the same instrument passed round a ring of related parties (A sells to B, B
// to C, C back to A) within a short time and in similar sizes: volume without a change of hands.

#include "Domain.h"
#include "Progress.h"

#include <stop_token>
#include <vector>

namespace eagle {

class Store;

struct CircularTradingOptions {
    int minRing = 3;  // 2 would be a sale and buy-back (parking, wash trades)
    int maxRing = 6;
    std::int64_t windowSeconds = 2 * 3600;  // first to last trade of one turn of the ring
    double sizeTolerance = 0.05;            // each leg's face within 5% of the first leg's
    bool relatedOnly = true;                // every member in the same related-party group
};

struct CircularTurn {  // one turn of a ring on one day
    Date day;
    std::vector<TradeId> trades;  // in time order
    double face = 0;              // of the first leg
};

struct CircularRing {
    std::vector<InstitutionId> members;  // sorted
    InstrumentId instrument;
    std::vector<CircularTurn> turns;  // one per turn, in time order
    Date first() const { return turns.front().day; }
    Date last() const { return turns.back().day; }
};

// Rings among the bond trades of [from, to], most turns first.
std::vector<CircularRing> detectCircularTrading(Store& store, Date from, Date to,
                                                const CircularTradingOptions& options = {},
                                                const std::stop_token& stop = {});

}  // namespace eagle
