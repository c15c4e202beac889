#include "BalanceDailyImporter.h"

#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { InstitutionField, Day, Assets, Liabilities, LiquidAssets, Equity };
}

void BalanceDailyImporter::begin(Store& store, const Mapping&) {
    store_ = &store;
    codes_.loadInstitutions(store);
}

void BalanceDailyImporter::import(MappedRow& row) {
    const auto institution = codes_.institution(row, InstitutionField, true);
    const auto day = row.date(Day, true);
    const auto assets = row.number(Assets, true);
    const auto liabilities = row.number(Liabilities);
    const auto liquid = row.number(LiquidAssets, true);
    const auto equity = row.number(Equity, true);
    if (assets && *assets < 0) row.problem(Assets, "negative assets");
    if (liabilities && *liabilities < 0) row.problem(Liabilities, "negative liabilities");
    if (liquid && *liquid < 0) row.problem(LiquidAssets, "negative liquid assets");
    if (liquid && assets && *liquid > *assets * (1 + 1e-9)) row.problem(LiquidAssets, "liquid assets exceed assets");
    if (!row.ok()) return;
    const BalanceDaily b{*institution, *day, *assets, liabilities.value_or(*assets - *equity), *liquid, *equity};
    write(row, Day, "duplicate balance sheet for this institution on " + day->toString(), [&] { store_->add(b); });
}

}  // namespace eagle
