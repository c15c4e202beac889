#include "TradeImporter.h"

#include "DomainNames.h"
#include "MappedRow.h"
#include "Mapping.h"
#include "Store.h"

#include <cmath>
#include <cstdio>

namespace eagle {
namespace {
enum Field {
    TradeRef, TradeDate, TradeTime, ProductField, InstrumentField, Buyer, Seller, Price, Rate, Quantity,
    Notional, Tenor, SettleDate, Status
};

std::int64_t referenceKey(std::int64_t instrument, std::int32_t day) {
    return (instrument << 20) ^ static_cast<std::int64_t>(day & 0xFFFFF);
}

std::string percent(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", v * 100);
    return buf;
}
}  // namespace

TradeImporter::TradeImporter() = default;
TradeImporter::~TradeImporter() = default;

void TradeImporter::begin(Store& store, const Mapping& mapping) {
    store_ = &store;
    tolerance_ = mapping.priceTolerance;
    codes_.loadInstitutions(store);
    codes_.loadInstruments(store);
    // An instrument's reference close is the market_daily series named after its code (a
    // valuation such as ChinaBond's, an FX fixing, the gold benchmark).
    auto& s = store.database().cached(
        "SELECT i.id, i.code, m.day, m.close FROM market_daily m JOIN instrument i ON i.code = m.series");
    while (s.step()) {
        reference_[referenceKey(s.int64(0), static_cast<std::int32_t>(s.int64(2)))] = s.real(3);
        instrumentCodes_[s.int64(0)] = s.text(1);
    }
}

void TradeImporter::import(MappedRow& row) {
    Trade t;
    if (const auto ref = row.text(TradeRef, true)) ref_.assign(ref->data(), ref->size());
    const auto day = row.date(TradeDate, true);
    const int seconds = row.timeOfDay(TradeTime).value_or(0);
    if (const auto product = row.text(ProductField, true)) {
        if (const auto p = names::product(*product)) t.product = *p;
        else row.problem(ProductField, "unknown product '" + std::string(*product) + "'");
    }
    t.instrument = codes_.instrument(row, InstrumentField, false);
    if (t.product == Product::BondCash && !t.instrument && row.ok() && !row.text(InstrumentField))
        row.problem(InstrumentField, "a bond trade needs an instrument");
    const auto buyer = codes_.institution(row, Buyer, true);
    const auto seller = codes_.institution(row, Seller, true);
    if (buyer && seller && *buyer == *seller) row.problem(Seller, "buyer and seller are the same institution");
    t.price = row.number(Price).value_or(0);
    t.rate = row.number(Rate).value_or(0);
    t.quantity = row.number(Quantity).value_or(0);
    const auto notional = row.number(Notional, true);
    t.tenorDays = static_cast<int>(row.integer(Tenor).value_or(0));
    const auto settle = row.date(SettleDate);
    t.status = row.text(Status).value_or("done");
    if (t.price < 0) row.problem(Price, "negative price");
    if (std::fabs(t.rate) > 100) row.problem(Rate, "rate outside -100% to 100%");
    if (t.quantity < 0) row.problem(Quantity, "negative quantity");
    if (notional && *notional < 0) row.problem(Notional, "negative notional");
    if (t.tenorDays < 0 || t.tenorDays > 36500) row.problem(Tenor, "tenor must be between 0 and 36500 days");
    if (day && settle && *settle < *day) row.problem(SettleDate, "settlement before trade (" + settle->toString() + " < " +
                                                                    day->toString() + ")");
    if (day && t.instrument && t.price > 0) {
        const auto ref = reference_.find(referenceKey(t.instrument->value, day->daysSinceEpoch()));
        if (ref != reference_.end() && ref->second > 0 && std::fabs(t.price / ref->second - 1) > tolerance_) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%g", ref->second);
            row.problem(Price, "price " + std::string(*row.text(Price)) + " is " + percent(t.price / ref->second - 1) +
                                   " off the day's reference " + buf + " for " + instrumentCodes_[t.instrument->value] +
                                   " (tolerance " + percent(tolerance_) + ")");
        }
    }
    if (!row.ok()) return;
    t.day = *day;
    t.ts = static_cast<std::int64_t>(day->daysSinceEpoch()) * 86400 + seconds;
    t.buyer = *buyer;
    t.seller = *seller;
    t.notionalCny = *notional;
    t.settleDay = settle.value_or(*day);
    write(row, TradeRef, "duplicate trade id '" + ref_ + "' (already in the workspace or earlier in this file)", [&] {
        auto& s = store_->database().cached(
            "INSERT INTO trade(ts, day, market, product, instrument_id, buyer_id, seller_id, price, rate, quantity, "
            "notional_cny, tenor_days, settle_day, status, trade_ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        s.bind(1, t.ts).bind(2, t.day.daysSinceEpoch()).bind(3, nameOf(t.market())).bind(4, nameOf(t.product));
        t.instrument ? s.bind(5, t.instrument->value) : s.bindNull(5);
        s.bind(6, t.buyer.value).bind(7, t.seller.value).bind(8, t.price).bind(9, t.rate).bind(10, t.quantity);
        s.bind(11, t.notionalCny).bind(12, t.tenorDays).bind(13, t.settleDay.daysSinceEpoch()).bind(14, t.status);
        s.bind(15, std::string_view(ref_));
        s.run();
    });
}

}  // namespace eagle
