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
    DeferredIndexes(Database& db, const std::string& table);
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
