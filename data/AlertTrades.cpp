#include "AlertTrades.h"

namespace eagle {

TradesBehind tradesBehind(Store& store, InstitutionId institution, Date from, Date to, std::size_t limit) {
    Database& db = store.database();
    // By day range first (the trade_day index), then the institution's side within it.
    auto& count = db.cached("SELECT count(*) FROM trade WHERE day BETWEEN ? AND ? AND (buyer_id = ? OR seller_id = ?)");
    count.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch()).bind(3, institution.value);
    count.bind(4, institution.value);
    TradesBehind out;
    count.step();
    out.total = count.int64(0);
    count.reset();
    auto& s = db.cached(
        "SELECT t.day, t.ts, t.product, t.buyer_id = ?, cp.code, coalesce(i.code, ''), t.price, t.rate, "
        "t.notional_cny, t.tenor_days FROM trade t "
        "JOIN institution cp ON cp.id = CASE WHEN t.buyer_id = ? THEN t.seller_id ELSE t.buyer_id END "
        "LEFT JOIN instrument i ON i.id = t.instrument_id "
        "WHERE t.day BETWEEN ? AND ? AND (t.buyer_id = ? OR t.seller_id = ?) ORDER BY t.day, t.ts, t.id LIMIT ?");
    s.bind(1, institution.value).bind(2, institution.value).bind(3, from.daysSinceEpoch());
    s.bind(4, to.daysSinceEpoch()).bind(5, institution.value).bind(6, institution.value);
    s.bind(7, static_cast<std::int64_t>(limit));
    while (s.step()) {
        TradeLine t;
        t.day = Date(static_cast<std::int32_t>(s.int64(0)));
        t.ts = s.int64(1);
        const auto product = parseProduct(s.text(2));
        if (product) t.product = *product;
        t.cashProvider = s.int64(3) != 0;
        t.counterparty = s.text(4);
        t.instrument = s.text(5);
        t.price = s.real(6);
        t.rate = s.real(7);
        t.notionalCny = s.real(8);
        t.tenorDays = static_cast<int>(s.int64(9));
        out.trades.push_back(std::move(t));
    }
    return out;
}

}  // namespace eagle
