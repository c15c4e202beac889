#include "RiskEventImporter.h"

#include "MappedRow.h"
#include "Store.h"

namespace eagle {
namespace {
enum Field { InstitutionField, Day, EndDay, Kind, Severity, Source, Note };
}

void RiskEventImporter::begin(Store& store, const Mapping&) {
    store_ = &store;
    codes_.loadInstitutions(store);
}

void RiskEventImporter::import(MappedRow& row) {
    RiskEvent e;
    const auto institution = codes_.institution(row, InstitutionField, true);
    const auto day = row.date(Day, true);
    e.endDay = row.date(EndDay);
    if (const auto kind = row.text(Kind, true)) e.kind = *kind;
    e.severity = row.number(Severity).value_or(0);
    e.source = row.text(Source).value_or("observed");
    e.note = row.text(Note).value_or("");
    if (e.source != "observed" && e.source != "simulated") row.problem(Source, "source must be observed or simulated");
    if (e.severity < 0 || e.severity > 1) row.problem(Severity, "severity must be between 0 and 1");
    if (day && e.endDay && *e.endDay < *day) row.problem(EndDay, "ends before it starts");
    if (!row.ok()) return;
    e.institution = *institution;
    e.day = *day;
    write(row, -1, "the workspace refused the event", [&] { store_->add(e); });
}

}  // namespace eagle
