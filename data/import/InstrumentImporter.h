#pragma once
// Instruments: code, market, kind, issuer by code, rating, currency, maturity.

#include "CodeLookup.h"
#include "EntityImporter.h"

namespace eagle {

class InstrumentImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::Instruments); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
};

}  // namespace eagle
