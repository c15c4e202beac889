#include "InstitutionImporter.h"

#include "DomainNames.h"
#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { Code, Name, NameZh, Type, Region, Parent, Rating, TotalAssets, Capital };
}

void InstitutionImporter::begin(Store& store, const Mapping&) {
    store_ = &store;
    codes_.loadInstitutions(store);
}

void InstitutionImporter::import(MappedRow& row) {
    Institution i;
    if (const auto code = row.text(Code, true)) i.code = *code;
    if (const auto name = row.text(Name, true)) i.name = *name;
    i.nameZh = row.text(NameZh).value_or("");
    if (const auto type = row.text(Type, true)) {
        if (const auto t = names::institutionType(*type)) i.type = *t;
        else row.problem(Type, "unknown institution type '" + std::string(*type) + "'");
    }
    i.region = row.text(Region).value_or("");
    i.parent = codes_.institution(row, Parent, false);
    i.rating = row.text(Rating).value_or("");
    i.totalAssets = row.number(TotalAssets).value_or(0);
    i.capital = row.number(Capital).value_or(0);
    if (i.totalAssets < 0) row.problem(TotalAssets, "negative total assets");
    if (i.capital < 0) row.problem(Capital, "negative capital");
    if (!row.ok()) return;
    if (codes_.hasInstitution(i.code)) {
        row.problem(Code, "duplicate institution code '" + i.code + "' (already in the workspace or earlier in this file)");
        return;
    }
    write(row, Code, "duplicate institution code '" + i.code + "'", [&] { i.id = store_->add(i); });
    if (row.ok()) codes_.learnInstitution(i.code, i.id);
}

}  // namespace eagle
