#include "DailyPnl.h"

#include <optional>

namespace eagle {

DailyPnlSummary streamDailyPnl(Store& store, PositionBook& book, const DailyPnlVisitor& visit,
                               const std::stop_token& stop) {
    MarketPrices prices(store);
    const std::vector<Date> days = store.tradingDays();
    std::vector<double> pnl(book.size(), 0.0);
    DailyPnlSummary summary;
    std::size_t next = 0;  // the next trading day to open
    std::optional<Date> open;

    const auto close = [&] {
        if (open) visit(*open, pnl, prices);
        ++summary.days;
        throwIfStopped(stop);
    };
    // Opens every trading day up to `day`: marks move, yesterday's positions earn or lose.
    const auto openUpTo = [&](Date day) {
        while (next < days.size() && days[next] <= day) {
            if (open) close();
            open = days[next++];
            prices.advanceTo(*open);
            for (std::size_t i = 0; i < book.size(); ++i) pnl[i] = book.pnl(i, prices);
        }
    };
    store.forEachTrade([&](const Trade& t) {
        if (!open || t.day != *open) openUpTo(t.day);
        book.add(t);
        ++summary.trades;
        return true;
    });
    openUpTo(days.empty() ? Date() : days.back());
    if (open) close();
    return summary;
}

}  // namespace eagle
