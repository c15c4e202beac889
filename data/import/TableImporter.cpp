#include "TableImporter.h"

#include "Database.h"
#include "Domain.h"
#include "FieldParse.h"
#include "MappedRow.h"
#include "Store.h"

#include <charconv>

namespace eagle {
namespace {
int indexOf(const std::vector<TableColumn>& columns, std::string_view name) {
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].name == name) return static_cast<int>(c);
    return -1;
}
}  // namespace

TableImporter::TableImporter(Database& db, std::string table)
    : db_(db), table_(std::move(table)), columns_(tableColumns(db, table_)) {
    for (const auto& c : columns_) specs_.push_back({c.name, c.notNull && !c.hasDefault && !c.rowidKey, "", ""});
    values_.resize(columns_.size());
}

TableImporter::~TableImporter() = default;

void TableImporter::begin(Store&, const Mapping&) {
    // Names below come from the schema itself, never from the file.
    Statement fks = db_.prepare("SELECT \"from\", \"table\", coalesce(\"to\", 'rowid') FROM pragma_foreign_key_list('" +
                                table_ + "')");
    while (fks.step()) {
        ForeignKey fk{indexOf(columns_, fks.text(0)), fks.text(1), {}};
        if (fk.column < 0) continue;
        Statement keys = db_.prepare("SELECT \"" + fks.text(2) + "\" FROM \"" + fk.parent + "\"");
        while (keys.step()) fk.keys.insert(keys.int64(0));
        if (fk.parent == table_) selfKey_ = static_cast<int>(foreignKeys_.size());
        foreignKeys_.push_back(std::move(fk));
    }
}

void TableImporter::import(MappedRow& row) {
    if (!insert_) {
        std::string names, marks;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            if (!row.has(static_cast<int>(c))) continue;
            bound_.push_back(static_cast<int>(c));
            names += (names.empty() ? "\"" : ", \"") + columns_[c].name + "\"";
            marks += marks.empty() ? "?" : ", ?";
        }
        insert_ = std::make_unique<Statement>(db_.prepare("INSERT INTO \"" + table_ + "\"(" + names + ") VALUES (" + marks + ")"));
    }
    for (int c : bound_) {
        const TableColumn& column = columns_[static_cast<std::size_t>(c)];
        Value& v = values_[static_cast<std::size_t>(c)];
        const auto [text, quoted] = *row.raw(c);
        v = Value{};
        if (text.empty() && !quoted) {
            if (column.notNull && !column.rowidKey) row.problem(c, "missing value for " + column.name);
            continue;
        }
        switch (column.type) {
        case TableColumn::Type::Text:
            v.kind = Value::Kind::Text;
            v.text = text;
            break;
        case TableColumn::Type::Real: {
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v.real);
            if (ec != std::errc() || end != text.data() + text.size()) {
                const auto n = parse::number(text);
                if (!n) row.problem(c, "'" + std::string(text) + "' is not a number");
                else v.real = *n;
            }
            v.kind = Value::Kind::Real;
            break;
        }
        case TableColumn::Type::Integer:
        case TableColumn::Type::Day: {
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v.integer);
            v.kind = Value::Kind::Integer;
            if (ec == std::errc() && end == text.data() + text.size()) break;
            if (column.type == TableColumn::Type::Day) {
                if (const auto d = parse::date(text)) {
                    v.integer = d->daysSinceEpoch();
                    break;
                }
                row.problem(c, "'" + std::string(text) + "' is not a date (YYYY-MM-DD)");
            } else {
                row.problem(c, "'" + std::string(text) + "' is not a whole number");
            }
            break;
        }
        }
    }
    for (const auto& fk : foreignKeys_) {
        const Value& v = values_[static_cast<std::size_t>(fk.column)];
        if (v.kind == Value::Kind::Integer && !fk.keys.count(v.integer))
            row.problem(fk.column, "no " + fk.parent + " with id " + std::to_string(v.integer));
    }
    if (table_ == "trade") checkTrade(row);
    if (!row.ok()) return;
    write(row, bound_.empty() ? -1 : bound_.front(), "duplicate key: the workspace already has this row", [&] {
        int i = 1;
        for (int c : bound_) {
            const Value& v = values_[static_cast<std::size_t>(c)];
            switch (v.kind) {
            case Value::Kind::Null: insert_->bindNull(i); break;
            case Value::Kind::Integer: insert_->bind(i, v.integer); break;
            case Value::Kind::Real: insert_->bind(i, v.real); break;
            case Value::Kind::Text: insert_->bind(i, v.text); break;
            }
            ++i;
        }
        insert_->run();
    });
    if (row.ok() && selfKey_ >= 0) foreignKeys_[static_cast<std::size_t>(selfKey_)].keys.insert(db_.lastInsertId());
}

// The rules of docs/data-model.md that the schema cannot state.
void TableImporter::checkTrade(MappedRow& row) {
    const auto value = [&](std::string_view name) -> const Value* {
        const int c = indexOf(columns_, name);
        return c >= 0 ? &values_[static_cast<std::size_t>(c)] : nullptr;
    };
    const Value* product = value("product");
    const Value* market = value("market");
    if (product && product->kind == Value::Kind::Text) {
        const auto p = parseProduct(product->text);
        if (!p) row.problem(indexOf(columns_, "product"), "unknown product '" + std::string(product->text) + "'");
        else if (market && market->kind == Value::Kind::Text && market->text != nameOf(marketOf(*p)))
            row.problem(indexOf(columns_, "market"), "market '" + std::string(market->text) + "' does not match product " +
                                                         std::string(product->text));
    }
    const Value* day = value("day");
    const Value* settle = value("settle_day");
    if (day && settle && day->kind == Value::Kind::Integer && settle->kind == Value::Kind::Integer &&
        settle->integer < day->integer)
        row.problem(indexOf(columns_, "settle_day"), "settlement before trade");
    const Value* notional = value("notional_cny");
    if (notional && notional->kind == Value::Kind::Real && notional->real < 0)
        row.problem(indexOf(columns_, "notional_cny"), "negative notional");
    const Value* buyer = value("buyer_id");
    const Value* seller = value("seller_id");
    if (buyer && seller && buyer->kind == Value::Kind::Integer && seller->kind == Value::Kind::Integer &&
        buyer->integer == seller->integer)
        row.problem(indexOf(columns_, "seller_id"), "buyer and seller are the same institution");
}

}  // namespace eagle
