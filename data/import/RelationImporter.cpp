#include "RelationImporter.h"

#include "DomainNames.h"
#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { Src, Dst, Kind, Share, ValidFrom, ValidTo };
}

void RelationImporter::begin(Store& store, const Mapping&) {
    store_ = &store;
    codes_.loadInstitutions(store);
}

void RelationImporter::import(MappedRow& row) {
    Relation r;
    const auto src = codes_.institution(row, Src, true);
    const auto dst = codes_.institution(row, Dst, true);
    if (const auto kind = row.text(Kind, true)) {
        if (const auto k = names::relationKind(*kind)) r.kind = *k;
        else row.problem(Kind, "unknown relation kind '" + std::string(*kind) + "'");
    }
    r.share = row.number(Share).value_or(0);
    if (r.share > 1 && r.share <= 100) r.share /= 100;  // written as a percentage without '%'
    if (r.share < 0 || r.share > 1) row.problem(Share, "share must be between 0 and 1 (or 0% and 100%)");
    const auto from = row.date(ValidFrom, true);
    r.validTo = row.date(ValidTo);
    if (from && r.validTo && *r.validTo < *from) row.problem(ValidTo, "ends before it starts");
    if (src && dst && *src == *dst) row.problem(Dst, "an institution cannot be related to itself");
    if (!row.ok()) return;
    r.src = *src;
    r.dst = *dst;
    r.validFrom = *from;
    write(row, -1, "duplicate relation", [&] { store_->add(r); });
}

}  // namespace eagle
