#pragma once
// Streams a workspace's trades once, in day order, and reports each trading day's P&L for every
// institution of a position book: the positions held at the previous day's close, marked from the
// previous day's prices to today's. Memory is the book and the marks, not the trades.

#include "MarketPrices.h"
#include "PositionBook.h"
#include "Progress.h"

#include <functional>
#include <span>

namespace eagle {

// Called at the end of each trading day, after the day's trades are in the book (so the book
// shows the closing positions) with that day's P&L per book index.
using DailyPnlVisitor = std::function<void(Date day, std::span<const double> pnl, const MarketPrices& prices)>;

struct DailyPnlSummary {
    int days = 0;
    std::int64_t trades = 0;
};

DailyPnlSummary streamDailyPnl(Store& store, PositionBook& book, const DailyPnlVisitor& visit,
                               const std::stop_token& stop = {});

}  // namespace eagle
