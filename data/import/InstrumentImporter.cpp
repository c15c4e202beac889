#include "InstrumentImporter.h"

#include "DomainNames.h"
#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { Code, MarketField, Kind, Issuer, Rating, Currency, Maturity };
}

void InstrumentImporter::begin(Store& store, const Mapping&) {
    store_ = &store;
    codes_.loadInstitutions(store);
    codes_.loadInstruments(store);
}

void InstrumentImporter::import(MappedRow& row) {
    Instrument i;
    if (const auto code = row.text(Code, true)) i.code = *code;
    if (const auto market = row.text(MarketField, true)) {
        if (const auto m = names::market(*market)) i.market = *m;
        else row.problem(MarketField, "unknown market '" + std::string(*market) + "'");
    }
    if (const auto kind = row.text(Kind, true)) i.kind = *kind;
    i.issuer = codes_.institution(row, Issuer, false);
    i.rating = row.text(Rating).value_or("");
    i.currency = row.text(Currency).value_or("CNY");
    if (i.currency.size() != 3) row.problem(Currency, "currency must be a three-letter code");
    i.maturity = row.date(Maturity);
    if (!row.ok()) return;
    if (codes_.hasInstrument(i.code)) {
        row.problem(Code, "duplicate instrument code '" + i.code + "' (already in the workspace or earlier in this file)");
        return;
    }
    write(row, Code, "duplicate instrument code '" + i.code + "'", [&] { i.id = store_->add(i); });
    if (row.ok()) codes_.learnInstrument(i.code, i.id);
}

}  // namespace eagle
