#include "DeferredIndexes.h"

#include "Database.h"

#include <algorithm>

namespace eagle {

DeferredIndexes::DeferredIndexes(Database& db, const std::string& table, const std::vector<std::string>& names,
                                 Which which, OnDestruction onDestruction)
    : db_(db), onDestruction_(onDestruction) {
    // Only explicit indexes have SQL; the primary key and UNIQUE constraints stay in place.
    Statement s = db_.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    s.bind(1, std::string_view(table));
    while (s.step()) {
        if (which == Which::NonUnique && s.text(1).starts_with("CREATE UNIQUE")) continue;
        if (names.empty() || std::find(names.begin(), names.end(), s.text(0)) != names.end())
            indexes_.emplace_back(s.text(0), s.text(1));
    }
    for (const auto& [name, sql] : indexes_) db_.exec("DROP INDEX \"" + name + "\"");
}

DeferredIndexes::~DeferredIndexes() {
    if (onDestruction_ == OnDestruction::RollbackRestores) return;
    try {
        restore();
    } catch (...) {
        // The caller's own error is the one to report; a workspace being built is discarded anyway.
    }
}

void DeferredIndexes::restore() {
    auto pending = std::move(indexes_);
    indexes_.clear();
    for (const auto& [name, sql] : pending) db_.exec(sql);
}

}  // namespace eagle
