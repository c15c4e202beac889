#pragma once
// Drops a table's secondary indexes for a bulk load and builds them again afterwards: SQLite
// builds an index from sorted data much faster than it maintains one row by row.

#include <string>
#include <utility>
#include <vector>

namespace eagle {

class Database;

class DeferredIndexes {
public:
    // Defers the named indexes of the table, or all of its explicit indexes when names is empty.
    DeferredIndexes(Database& db, const std::string& table, const std::vector<std::string>& names = {});
    // Restores the indexes if restore() was not called (e.g. on an exception).
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    void restore();

private:
    Database& db_;
    std::vector<std::pair<std::string, std::string>> indexes_;  // name, CREATE INDEX statement
};

}  // namespace eagle
