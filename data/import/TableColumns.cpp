#include "TableColumns.h"

#include "Database.h"

#include <algorithm>
#include <cctype>

namespace eagle {

std::vector<std::string> workspaceTables(Database& db) {
    auto& s = db.cached("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.text(0));
    return out;
}

bool isDayColumn(const std::string& n) {
    return n == "day" || (n.size() > 4 && n.compare(n.size() - 4, 4, "_day") == 0) || n == "valid_from" ||
           n == "valid_to" || n == "maturity";
}

std::vector<TableColumn> tableColumns(Database& db, const std::string& table) {
    const auto tables = workspaceTables(db);
    if (std::find(tables.begin(), tables.end(), table) == tables.end())
        throw StoreError("no table '" + table + "' in the workspace");
    // The name was checked against sqlite_schema above, so it is safe inside the pragma.
    Statement s = db.prepare("SELECT name, upper(type), \"notnull\", dflt_value IS NOT NULL, pk FROM pragma_table_info('" +
                             table + "') ORDER BY cid");
    std::vector<TableColumn> out;
    int pkColumns = 0;
    while (s.step()) {
        TableColumn c;
        c.name = s.text(0);
        const std::string type = s.text(1);
        if (type.find("INT") != std::string::npos) c.type = isDayColumn(c.name) ? TableColumn::Type::Day : TableColumn::Type::Integer;
        else if (type.find("REAL") != std::string::npos || type.find("FLOA") != std::string::npos ||
                 type.find("DOUB") != std::string::npos) c.type = TableColumn::Type::Real;
        c.notNull = s.int64(2) != 0;
        c.hasDefault = s.int64(3) != 0;
        c.rowidKey = s.int64(4) == 1 && type == "INTEGER";
        pkColumns += s.int64(4) > 0 ? 1 : 0;
        out.push_back(c);
    }
    if (pkColumns > 1)
        for (auto& c : out) c.rowidKey = false;
    return out;
}

}  // namespace eagle
