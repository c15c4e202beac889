#pragma once
// What a file holds: one of the market-data entities of the store, each with its fields and the
// column names (English and Chinese) they are recognised by.

#include <optional>
#include <span>
#include <string_view>

namespace eagle {

enum class EntityKind { Institutions, Relations, Instruments, Trades, MarketDaily, BalanceDaily, RiskEvents };
inline constexpr EntityKind kEntityKinds[] = {EntityKind::Institutions, EntityKind::Relations,
                                              EntityKind::Instruments,  EntityKind::Trades,
                                              EntityKind::MarketDaily,  EntityKind::BalanceDaily,
                                              EntityKind::RiskEvents};

// trades, institutions, relations, instruments, market_daily, balance_daily, risk_events
std::string_view nameOf(EntityKind k);
std::optional<EntityKind> parseEntityKind(std::string_view s);

struct FieldSpec {
    std::string_view name;         // as written in mappings and docs/formats.md
    bool required = false;
    std::string_view aliases;      // other accepted headers, separated by '|'
    std::string_view description;  // one line for docs and the wizard
};

std::span<const FieldSpec> fieldsOf(EntityKind k);

}  // namespace eagle
