#pragma once
// Daily reference series (rates, yields, FX fixings): one value per series and day.

#include "EntityImporter.h"

namespace eagle {

class MarketDailyImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::MarketDaily); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
};

}  // namespace eagle
