#include "AuditCommand.h"

#include "AuditLog.h"
#include "Options.h"
#include "Store.h"

#include <iostream>

namespace eagle::cli {

const char* const kAuditHelp =
    "usage: eagleeye-cli audit WORKSPACE [--csv]\n"
    "\n"
    "Lists the workspace's audit log, oldest first: when (UTC), who (the operating-system user),\n"
    "what (import, rule_saved, rule_enabled, rule_disabled, rule_removed, export, stress_test,\n"
    "encrypt, decrypt, passphrase_changed), on what and the details. Then checks the log's hash\n"
    "chain: exit status 1 when an entry was changed or removed outside EagleEye.\n"
    "\n"
    "  --csv   one line per entry as CSV (at,who,action,target,detail,hash)\n";

namespace {
std::string quoted(const std::string& s) {
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}
}  // namespace

int auditCommand(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    Store store = Store::openReadOnly(o.positional().front());
    AuditLog log(store.database());
    const auto entries = log.entries();
    if (o.has("csv")) out << "at,who,action,target,detail,hash\n";
    for (const AuditEntry& e : entries) {
        if (o.has("csv"))
            out << e.at << "," << quoted(e.who) << "," << e.action << "," << quoted(e.target) << "," << quoted(e.detail)
                << "," << e.hash << "\n";
        else
            out << e.at << "  " << e.who << "  " << e.action << "  " << e.target << (e.detail.empty() ? "" : "  ")
                << e.detail << "\n";
    }
    if (const auto broken = log.firstBrokenEntry()) {
        err << o.positional().front() << ": the audit log was altered: entry " << *broken
            << " does not match its hash (changed, or an entry before it removed)\n";
        return 1;
    }
    err << entries.size() << (entries.size() == 1 ? " entry" : " entries") << ", hash chain intact\n";
    return 0;
}

}  // namespace eagle::cli
