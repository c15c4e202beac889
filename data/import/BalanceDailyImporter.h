#pragma once
// Daily balance sheets: assets, liabilities (assets - equity when the file has none), liquid
// assets and equity per institution and day.

#include "CodeLookup.h"
#include "EntityImporter.h"

namespace eagle {

class BalanceDailyImporter : public EntityImporter {
public:
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::BalanceDaily); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
};

}  // namespace eagle
