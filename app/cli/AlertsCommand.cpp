#include "AlertsCommand.h"

#include "AlertCsv.h"
#include "AlertStore.h"
#include "Options.h"
#include "ResultStore.h"

#include <cstdlib>
#include <limits>
#include <iomanip>
#include <iostream>

namespace eagle::cli {

const char* const kAlertsHelp =
    "usage: eagleeye-cli alerts WORKSPACE [--status S] [--severity S] [--institution CODE] [--csv FILE]\n"
    "       eagleeye-cli alerts WORKSPACE --move ID --to STATUS [--note TEXT] [--who NAME]\n"
    "       eagleeye-cli alerts WORKSPACE --note-on ID --note TEXT [--who NAME]\n"
    "       eagleeye-cli alerts WORKSPACE --history ID\n"
    "\n"
    "The alerts of the latest rules run and their workflow (docs/rules.md).\n"
    "\n"
    "  --status S         list only alerts in status S: new, under_review, escalated, closed\n"
    "  --severity S       list only alerts of severity S: high, medium, low\n"
    "  --institution CODE list only the alerts of this institution\n"
    "  --csv FILE         write the listed alerts to FILE (UTF-8 with BOM) instead of printing them\n"
    "  --move ID --to S   move alert ID along the workflow; a move it does not allow is refused\n"
    "                     with the allowed ones named\n"
    "  --note-on ID       add the --note TEXT to alert ID\n"
    "  --history ID       print the alert's audit trail: who did what, when\n"
    "  --who NAME         recorded as the analyst (default: $USER)\n";

namespace {

std::int64_t alertId(const Options& o, const std::string& name) {
    return o.integer(name, 0, 1, std::numeric_limits<std::int64_t>::max());
}

std::string analyst(const Options& o) {
    const char* user = std::getenv("USER");
    return o.value("who").value_or(user ? user : "");
}

int list(Store& store, const Options& o, std::ostream& out) {
    const auto run = ResultStore(store).latestRun("rules");
    if (!run) throw std::runtime_error(store.path() + ": no rules run yet (run 'eagleeye-cli analyze' or 'rules --run')");
    const auto status = o.value("status");
    if (status && !alertStatusFrom(*status)) throw UsageError("unknown status " + *status);
    const auto severity = o.value("severity");
    const auto institution = o.value("institution");
    std::vector<AlertRecord> shown;
    for (AlertRecord& r : AlertStore(store).records(run->id))
        if ((!status || r.alert.status == *status) && (!severity || r.alert.severity == *severity) &&
            (!institution || r.institutionCode == *institution))
            shown.push_back(std::move(r));
    if (const auto csv = o.value("csv")) {
        writeAlertsCsv(*csv, shown);
        out << "wrote " << shown.size() << " alerts of rules run " << run->id.value << " to " << *csv << "\n";
        return 0;
    }
    out << "rules run " << run->id.value << ": " << shown.size() << " alerts\n";
    out << std::left << std::setw(8) << "id" << std::setw(12) << "day" << std::setw(8) << "severity" << std::setw(14)
        << "status" << std::setw(12) << "institution" << std::setw(26) << "rule"
        << "message\n";
    for (const AlertRecord& r : shown)
        out << std::setw(8) << r.alert.id << std::setw(12) << r.alert.day.toString() << std::setw(8) << r.alert.severity
            << std::setw(14) << r.alert.status << std::setw(12) << r.institutionCode << std::setw(26) << r.rule
            << r.alert.message << "\n";
    out << std::right;
    return 0;
}

int history(Store& store, std::int64_t id, std::ostream& out) {
    AlertStore alerts(store);
    out << "alert " << id << ": " << nameOf(alerts.status(id)) << "\n";
    for (const AlertAction& a : alerts.history(id)) {
        out << "  " << a.at << "  " << std::left << std::setw(12) << a.who << std::right << " ";
        switch (a.kind) {
        case AlertActionKind::Status: out << nameOf(*a.from) << " -> " << nameOf(*a.to); break;
        case AlertActionKind::Note: out << "note"; break;
        case AlertActionKind::Undo: out << "undid action " << a.undoes; break;
        }
        if (!a.note.empty()) out << ": " << a.note;
        out << "\n";
    }
    return 0;
}

}  // namespace

int alerts(const Options& o, std::ostream& out, std::ostream&) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    const std::string path = o.positional().front();
    const int modes = o.has("move") + o.has("note-on") + o.has("history");
    if (modes > 1) throw UsageError("give at most one of --move, --note-on, --history");
    if (o.has("history")) {
        Store store = Store::openReadOnly(path);
        return history(store, alertId(o, "history"), out);
    }
    if (o.has("move")) {
        const std::string to = o.required("to");
        const auto status = alertStatusFrom(to);
        if (!status) throw UsageError("unknown status " + to + " (new, under_review, escalated, closed)");
        Store store = Store::open(path);
        const std::int64_t id = alertId(o, "move");
        AlertStore(store).changeStatus(id, *status, analyst(o), o.value("note").value_or(""));
        out << "alert " << id << " is now " << to << "\n";
        return 0;
    }
    if (o.has("note-on")) {
        Store store = Store::open(path);
        const std::int64_t id = alertId(o, "note-on");
        AlertStore(store).addNote(id, analyst(o), o.required("note"));
        out << "note added to alert " << id << "\n";
        return 0;
    }
    Store store = Store::openReadOnly(path);
    return list(store, o, out);
}

}  // namespace eagle::cli
