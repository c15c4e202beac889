#pragma once
// Relations between institutions: ownership, control, guarantee, same group, with validity.

#include "CodeLookup.h"
#include "EntityImporter.h"

namespace eagle {

class RelationImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::Relations); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
};

}  // namespace eagle
