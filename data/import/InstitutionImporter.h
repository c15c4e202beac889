#pragma once
// Institutions: code, names, type (stored or Chinese name), parent by code, size.

#include "CodeLookup.h"
#include "EntityImporter.h"

namespace eagle {

class InstitutionImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::Institutions); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
};

}  // namespace eagle
