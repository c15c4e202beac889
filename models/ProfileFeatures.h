#pragma once
// The daily profile features of an institution: their names, units and meaning, in one place.

#include <array>
#include <string_view>

namespace eagle {

enum class ProfileFeature {
    MoneyVolume,       // gross repo + interbank lending notional, both sides
    BondVolume,        // gross bond cash notional, both sides
    FxVolume,          // gross FX notional in CNY, both sides
    NetBorrowing,      // money-market cash borrowed minus lent that day (positive: net borrower)
    Counterparties,    // distinct counterparties across all markets
    CounterpartyHhi,   // Herfindahl index of notional across counterparties, 0..1
    OvernightShare,    // share of money-market borrowing done overnight (1D)
    BorrowingSpread,   // notional-weighted borrowing rate over the tenor's reference fixing, bp
};
inline constexpr std::size_t kProfileFeatureCount = 8;

struct ProfileFeatureSpec {
    ProfileFeature feature;
    std::string_view name;
    std::string_view unit;
    std::string_view description;
};

inline constexpr std::array<ProfileFeatureSpec, kProfileFeatureCount> kProfileFeatures{{
    {ProfileFeature::MoneyVolume, "money_volume", "CNY", "Gross repo and interbank lending notional, lent plus borrowed"},
    {ProfileFeature::BondVolume, "bond_volume", "CNY", "Gross bond cash notional, bought plus sold"},
    {ProfileFeature::FxVolume, "fx_volume", "CNY", "Gross FX notional in CNY, bought plus sold"},
    {ProfileFeature::NetBorrowing, "net_borrowing", "CNY", "Money-market cash borrowed minus cash lent that day"},
    {ProfileFeature::Counterparties, "counterparties", "count", "Distinct counterparties across all markets"},
    {ProfileFeature::CounterpartyHhi, "counterparty_hhi", "0-1", "Herfindahl index of notional by counterparty"},
    {ProfileFeature::OvernightShare, "overnight_share", "0-1", "Share of money-market borrowing at overnight tenor"},
    {ProfileFeature::BorrowingSpread, "borrowing_spread", "bp", "Borrowing rate over DR001 (overnight) or DR007 (longer)"},
}};

inline constexpr std::size_t indexOf(ProfileFeature f) { return static_cast<std::size_t>(f); }

}  // namespace eagle
