#pragma once
// Trades: resolves the parties and the instrument by code, checks the values a trade can take
// (no negative amounts, settlement not before the trade, the price near the instrument's
// reference close that day) and writes it with its external id, which must be unique.

#include "CodeLookup.h"
#include "EntityImporter.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace eagle {

class Statement;

class TradeImporter : public EntityImporter {
public:
    TradeImporter();
    ~TradeImporter() override;
    std::span<const FieldSpec> fields() const override { return fieldsOf(EntityKind::Trades); }
    void begin(Store& store, const Mapping& mapping) override;
    void import(MappedRow& row) override;

private:
    Store* store_ = nullptr;
    CodeLookup codes_;
    std::unordered_map<std::int64_t, double> reference_;  // (instrument id << 20 | day) -> close
    std::unordered_map<std::int64_t, std::string> instrumentCodes_;
    double tolerance_ = 0.05;
    std::string ref_;
};

}  // namespace eagle
