#pragma once
// What a workspace table looks like from outside: its columns with their declared types, and which
// of them hold days (written as YYYY-MM-DD in CSV files instead of day numbers).

#include <string>
#include <vector>

namespace eagle {

class Database;

struct TableColumn {
    std::string name;
    enum class Type { Integer, Real, Text, Day } type = Type::Text;
    bool notNull = false;
    bool hasDefault = false;
    bool rowidKey = false;  // INTEGER PRIMARY KEY: assigned by the store when absent
};

// The user tables of the workspace, by name.
std::vector<std::string> workspaceTables(Database& db);
// The columns of a table in declaration order; throws StoreError if there is no such table.
std::vector<TableColumn> tableColumns(Database& db, const std::string& table);
// Days are stored as numbers of days since 1970-01-01: day, *_day, valid_from, valid_to, maturity.
bool isDayColumn(const std::string& name);

}  // namespace eagle
