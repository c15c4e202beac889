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
    enum class Which { All, NonUnique };  // unique indexes may need to stay: they detect duplicates
    // Restore (default): the destructor restores the indexes if restore() was not called (e.g. on
    // an exception). RollbackRestores: they were dropped inside a transaction that is rolled back
    // unless restore() is called, and the rollback brings them back without rebuilding them.
    enum class OnDestruction { Restore, RollbackRestores };

    // Defers the named indexes of the table, or all of its explicit indexes (of that kind) when
    // names is empty.
    DeferredIndexes(Database& db, const std::string& table, const std::vector<std::string>& names = {},
                    Which which = Which::All, OnDestruction onDestruction = OnDestruction::Restore);
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes&) = delete;
    DeferredIndexes& operator=(const DeferredIndexes&) = delete;

    void restore();

private:
    Database& db_;
    std::vector<std::pair<std::string, std::string>> indexes_;  // name, CREATE INDEX statement
    OnDestruction onDestruction_;
};

}  // namespace eagle
