#pragma once
// Validates the rows of one entity kind and writes the valid ones to the store. One subclass per
// kind; the import session feeds it rows and decides, by mode, what to keep.

#include "EntityKind.h"

#include <functional>
#include <memory>
#include <span>
#include <string>

namespace eagle {

class MappedRow;
class Store;
struct Mapping;

class EntityImporter {
public:
    virtual ~EntityImporter() = default;
    static std::unique_ptr<EntityImporter> create(EntityKind kind);

    // The fields a row is mapped to.
    virtual std::span<const FieldSpec> fields() const = 0;

    // Reads what validation needs (known codes, reference prices); called inside the import's
    // transaction.
    virtual void begin(Store& store, const Mapping& mapping) = 0;
    // Checks the row; when it has no problem, writes it. Everything wrong goes to row.problems(),
    // including a row the store refuses (a duplicate key).
    virtual void import(MappedRow& row) = 0;

protected:
    // Runs the insert; a constraint the store enforces becomes a problem on the row (keyField
    // names the column a duplicate is reported against).
    static void write(MappedRow& row, int keyField, const std::string& duplicate, const std::function<void()>& insert);
};

}  // namespace eagle
