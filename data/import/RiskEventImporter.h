#pragma once
// Risk events observed (or labelled) for an institution: kind, days, severity.

#include "CodeLookup.h"
#include "EntityImporter.h"

namespace eagle {

class RiskEventImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::RiskEvents); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
};

}  // namespace eagle
