#pragma once
// The daily profile features of an institution: names, families, units and meaning, in one place.
// docs/features.md explains each for supervisors.

#include <array>
#include <string_view>

namespace eagle {

enum class FeatureFamily { Activity, Funding, Pricing, Counterparties, BalanceSheet, Behaviour };

enum class ProfileFeature {
    // Activity
    MoneyVolume, BondVolume, FxVolume, GoldVolume, TradeCount, ActiveMarkets,
    // Funding and liquidity
    GrossBorrowing, GrossLending, NetBorrowing, NetBorrowing20d, OvernightShare, OvernightShare20d,
    BorrowingTenor, BorrowingSurge, NetBorrowingToAssets, LiquidAssetsRatio,
    // Pricing
    BorrowingSpread, LendingSpread, BondPriceDeviation, OffMarketShare,
    // Counterparties and network position
    Counterparties, CounterpartyHhi, LenderCount, TopLenderShare, NewCounterpartyShare, RelatedPartyShare,
    // Balance sheet and leverage
    TotalAssets, Equity, Leverage,
    // Behaviour
    EndOfDayShare, PeriodEndBorrowing, RoundTripShare, BondBuyShare, BondNetPurchases,
};
inline constexpr std::size_t kProfileFeatureCount = 34;

struct ProfileFeatureSpec {
    ProfileFeature feature;
    FeatureFamily family;
    std::string_view name;
    std::string_view unit;
    std::string_view description;
};

inline constexpr std::array<ProfileFeatureSpec, kProfileFeatureCount> kProfileFeatures{{
    {ProfileFeature::MoneyVolume, FeatureFamily::Activity, "money_volume", "CNY", "Repo and interbank lending notional, lent plus borrowed"},
    {ProfileFeature::BondVolume, FeatureFamily::Activity, "bond_volume", "CNY", "Bond cash notional, bought plus sold"},
    {ProfileFeature::FxVolume, FeatureFamily::Activity, "fx_volume", "CNY", "FX spot and swap notional in CNY, bought plus sold"},
    {ProfileFeature::GoldVolume, FeatureFamily::Activity, "gold_volume", "CNY", "Gold notional, bought plus sold"},
    {ProfileFeature::TradeCount, FeatureFamily::Activity, "trade_count", "count", "Trades on either side"},
    {ProfileFeature::ActiveMarkets, FeatureFamily::Activity, "active_markets", "count", "Markets traded in (money, bond, FX, equity, gold)"},
    {ProfileFeature::GrossBorrowing, FeatureFamily::Funding, "gross_borrowing", "CNY", "Money-market cash borrowed"},
    {ProfileFeature::GrossLending, FeatureFamily::Funding, "gross_lending", "CNY", "Money-market cash lent"},
    {ProfileFeature::NetBorrowing, FeatureFamily::Funding, "net_borrowing", "CNY", "Money-market cash borrowed minus lent"},
    {ProfileFeature::NetBorrowing20d, FeatureFamily::Funding, "net_borrowing_20d", "CNY", "Mean net borrowing over the last 20 business days"},
    {ProfileFeature::OvernightShare, FeatureFamily::Funding, "overnight_share", "0-1", "Share of borrowing at overnight tenor"},
    {ProfileFeature::OvernightShare20d, FeatureFamily::Funding, "overnight_share_20d", "0-1", "Mean overnight share over the last 20 business days"},
    {ProfileFeature::BorrowingTenor, FeatureFamily::Funding, "borrowing_tenor", "days", "Notional-weighted tenor of borrowing"},
    {ProfileFeature::BorrowingSurge, FeatureFamily::Funding, "borrowing_surge", "ratio", "Borrowing against its mean over the previous 20 business days"},
    {ProfileFeature::NetBorrowingToAssets, FeatureFamily::Funding, "net_borrowing_to_assets", "0-1", "Net borrowing as a share of total assets"},
    {ProfileFeature::LiquidAssetsRatio, FeatureFamily::Funding, "liquid_assets_ratio", "0-1", "Liquid assets over total assets"},
    {ProfileFeature::BorrowingSpread, FeatureFamily::Pricing, "borrowing_spread", "bp", "Borrowing rate over DR001 (overnight) or DR007 (longer)"},
    {ProfileFeature::LendingSpread, FeatureFamily::Pricing, "lending_spread", "bp", "Lending rate over DR001 (overnight) or DR007 (longer)"},
    {ProfileFeature::BondPriceDeviation, FeatureFamily::Pricing, "bond_price_deviation", "price points", "Notional-weighted distance of its bond prices from the day's average price of each bond"},
    {ProfileFeature::OffMarketShare, FeatureFamily::Pricing, "off_market_share", "0-1", "Share of its bond notional priced more than half a point from the day's average"},
    {ProfileFeature::Counterparties, FeatureFamily::Counterparties, "counterparties", "count", "Distinct counterparties across all markets"},
    {ProfileFeature::CounterpartyHhi, FeatureFamily::Counterparties, "counterparty_hhi", "0-1", "Herfindahl index of notional by counterparty"},
    {ProfileFeature::LenderCount, FeatureFamily::Counterparties, "lender_count", "count", "Distinct institutions lending it cash"},
    {ProfileFeature::TopLenderShare, FeatureFamily::Counterparties, "top_lender_share", "0-1", "Share of its borrowing from its largest lender"},
    {ProfileFeature::NewCounterpartyShare, FeatureFamily::Counterparties, "new_counterparty_share", "0-1", "Share of notional with counterparties not seen in the previous 20 business days"},
    {ProfileFeature::RelatedPartyShare, FeatureFamily::Counterparties, "related_party_share", "0-1", "Share of notional with related parties (ownership, control, same group)"},
    {ProfileFeature::TotalAssets, FeatureFamily::BalanceSheet, "total_assets", "CNY", "Total assets"},
    {ProfileFeature::Equity, FeatureFamily::BalanceSheet, "equity", "CNY", "Equity capital"},
    {ProfileFeature::Leverage, FeatureFamily::BalanceSheet, "leverage", "ratio", "Total assets over equity"},
    {ProfileFeature::EndOfDayShare, FeatureFamily::Behaviour, "end_of_day_share", "0-1", "Share of notional traded after 16:45"},
    {ProfileFeature::PeriodEndBorrowing, FeatureFamily::Behaviour, "period_end_borrowing", "ratio", "Borrowing in a month's last three business days against its 20-day mean"},
    {ProfileFeature::RoundTripShare, FeatureFamily::Behaviour, "round_trip_share", "0-1", "Share of bond notional in bonds it both bought and sold that day"},
    {ProfileFeature::BondBuyShare, FeatureFamily::Behaviour, "bond_buy_share", "0-1", "Bonds bought over bonds traded"},
    {ProfileFeature::BondNetPurchases, FeatureFamily::Behaviour, "bond_net_purchases", "CNY", "Bonds bought minus sold"},
}};

inline constexpr std::size_t indexOf(ProfileFeature f) { return static_cast<std::size_t>(f); }

}  // namespace eagle
