#pragma once
// Imports a file laid out exactly like a workspace table (as TableExporter writes it): one column
// per table column, days as YYYY-MM-DD, empty = NULL and "" = empty text. Values are checked
// against the declared types, NOT NULL, the foreign keys (the parents must exist) and, for
// trades, the domain rules; the store enforces keys and CHECK constraints.

#include "EntityImporter.h"
#include "TableColumns.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace eagle {

class Database;
class Statement;

class TableImporter : public EntityImporter {
public:
    TableImporter(Database& db, std::string table);
    ~TableImporter() override;

    std::span<const FieldSpec> fields() const override { return specs_; }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    struct ForeignKey {
        int column;
        std::string parent;
        std::unordered_set<std::int64_t> keys;
    };
    struct Value {
        enum class Kind { Null, Integer, Real, Text } kind = Kind::Null;
        std::int64_t integer = 0;
        double real = 0;
        std::string_view text;
    };
    void checkTrade(MappedRow& row);

    Database& db_;
    std::string table_;
    std::vector<TableColumn> columns_;
    std::vector<FieldSpec> specs_;
    std::vector<ForeignKey> foreignKeys_;
    std::vector<Value> values_;
    std::vector<int> bound_;  // the columns this file has, in insert order
    std::unique_ptr<Statement> insert_;
    int selfKey_ = -1;  // the key column when the table references itself (institution.parent_id)
};

}  // namespace eagle
