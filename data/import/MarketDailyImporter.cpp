#include "MarketDailyImporter.h"

#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { Series, Day, Close, Yield };
}

void MarketDailyImporter::begin(Store& store, const Mapping&) { store_ = &store; }

void MarketDailyImporter::import(MappedRow& row) {
    MarketDaily m;
    if (const auto series = row.text(Series, true)) m.series = *series;
    const auto day = row.date(Day, true);
    const auto close = row.number(Close, true);
    m.yield = row.number(Yield);
    if (!row.ok()) return;
    m.day = *day;
    m.close = *close;
    write(row, Day, "duplicate value for " + m.series + " on " + m.day.toString(), [&] { store_->add(m); });
}

}  // namespace eagle
