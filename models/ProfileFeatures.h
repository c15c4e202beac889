#pragma once
// The daily profile features of an institution: names, families, units and meaning, in one place.
// docs/features.md explains each for supervisors (tst_profile checks that it says what this says).

#include <array>
#include <string_view>

// Qt Linguist reads the descriptions from this file (app/CMakeLists.txt lists it for lupdate) and the
// views translate them in context "ProfileFeatures" (views/FeatureNames); the model stays free of Qt.
// The definition is Qt's own, so that either may come first.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

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
    std::string_view description;  // what it measures
    std::string_view why;          // why a supervisor cares
};

inline constexpr std::array<ProfileFeatureSpec, kProfileFeatureCount> kProfileFeatures{{
    {ProfileFeature::MoneyVolume, FeatureFamily::Activity, "money_volume", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Repo and interbank lending notional, lent plus borrowed"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Size of its money-market footprint")},
    {ProfileFeature::BondVolume, FeatureFamily::Activity, "bond_volume", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Bond cash notional, bought plus sold"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Trading intensity in bonds")},
    {ProfileFeature::FxVolume, FeatureFamily::Activity, "fx_volume", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "FX spot and swap notional in CNY, bought plus sold"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Currency business, FX funding")},
    {ProfileFeature::GoldVolume, FeatureFamily::Activity, "gold_volume", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Gold notional, bought plus sold"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Commodity exposure")},
    {ProfileFeature::TradeCount, FeatureFamily::Activity, "trade_count", "count",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Trades on either side"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Bursts of activity")},
    {ProfileFeature::ActiveMarkets, FeatureFamily::Activity, "active_markets", "count",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Markets traded in (money, bond, FX, equity, gold)"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Breadth of business")},
    {ProfileFeature::GrossBorrowing, FeatureFamily::Funding, "gross_borrowing", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Money-market cash borrowed"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Dependence on wholesale funding")},
    {ProfileFeature::GrossLending, FeatureFamily::Funding, "gross_lending", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Money-market cash lent"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Role as liquidity provider")},
    {ProfileFeature::NetBorrowing, FeatureFamily::Funding, "net_borrowing", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Money-market cash borrowed minus lent"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Net taker or giver of liquidity")},
    {ProfileFeature::NetBorrowing20d, FeatureFamily::Funding, "net_borrowing_20d", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Mean net borrowing over the last 20 business days"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Persistent funding need")},
    {ProfileFeature::OvernightShare, FeatureFamily::Funding, "overnight_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of borrowing at overnight tenor"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Roll-over risk: must refinance tomorrow")},
    {ProfileFeature::OvernightShare20d, FeatureFamily::Funding, "overnight_share_20d", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Mean overnight share over the last 20 business days"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Structural shortening of funding")},
    {ProfileFeature::BorrowingTenor, FeatureFamily::Funding, "borrowing_tenor", "days",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Notional-weighted tenor of borrowing"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Maturity of funding")},
    {ProfileFeature::BorrowingSurge, FeatureFamily::Funding, "borrowing_surge", "ratio",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Borrowing against its mean over the previous 20 business days"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Sudden need for cash")},
    {ProfileFeature::NetBorrowingToAssets, FeatureFamily::Funding, "net_borrowing_to_assets", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Net borrowing as a share of total assets"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Funding gap relative to size")},
    {ProfileFeature::LiquidAssetsRatio, FeatureFamily::Funding, "liquid_assets_ratio", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Liquid assets over total assets"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Buffer against outflows")},
    {ProfileFeature::BorrowingSpread, FeatureFamily::Pricing, "borrowing_spread", "bp",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Borrowing rate over DR001 (overnight) or DR007 (longer)"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "What the market charges it: credit standing")},
    {ProfileFeature::LendingSpread, FeatureFamily::Pricing, "lending_spread", "bp",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Lending rate over DR001 (overnight) or DR007 (longer)"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Appetite for risky borrowers")},
    {ProfileFeature::BondPriceDeviation, FeatureFamily::Pricing, "bond_price_deviation", "price points",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Notional-weighted distance of its bond prices from the day's average price of each bond"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Pricing away from the market")},
    {ProfileFeature::OffMarketShare, FeatureFamily::Pricing, "off_market_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of its bond notional priced more than half a point from the day's average"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Parking, transfers of value")},
    {ProfileFeature::Counterparties, FeatureFamily::Counterparties, "counterparties", "count",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Distinct counterparties across all markets"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Connectedness")},
    {ProfileFeature::CounterpartyHhi, FeatureFamily::Counterparties, "counterparty_hhi", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Herfindahl index of notional by counterparty"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Concentration")},
    {ProfileFeature::LenderCount, FeatureFamily::Counterparties, "lender_count", "count",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Distinct institutions lending it cash"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Funding diversification")},
    {ProfileFeature::TopLenderShare, FeatureFamily::Counterparties, "top_lender_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of its borrowing from its largest lender"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Dependence on one counterparty")},
    {ProfileFeature::NewCounterpartyShare, FeatureFamily::Counterparties, "new_counterparty_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of notional with counterparties not seen in the previous 20 business days"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Shopping around for funding, unusual flows")},
    {ProfileFeature::RelatedPartyShare, FeatureFamily::Counterparties, "related_party_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of notional with related parties (ownership, control, same group)"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Related-party transactions")},
    {ProfileFeature::TotalAssets, FeatureFamily::BalanceSheet, "total_assets", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Total assets"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Size")},
    {ProfileFeature::Equity, FeatureFamily::BalanceSheet, "equity", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Equity capital"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Loss-absorbing capacity")},
    {ProfileFeature::Leverage, FeatureFamily::BalanceSheet, "leverage", "ratio",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Total assets over equity"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Amplification of losses")},
    {ProfileFeature::EndOfDayShare, FeatureFamily::Behaviour, "end_of_day_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of notional traded after 16:45"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Marking the close")},
    {ProfileFeature::PeriodEndBorrowing, FeatureFamily::Behaviour, "period_end_borrowing", "ratio",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Borrowing in a month's last three business days against its 20-day mean"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Window dressing")},
    {ProfileFeature::RoundTripShare, FeatureFamily::Behaviour, "round_trip_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Share of bond notional in bonds it both bought and sold that day"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Wash and circular trades")},
    {ProfileFeature::BondBuyShare, FeatureFamily::Behaviour, "bond_buy_share", "0-1",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Bonds bought over bonds traded"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Direction of positioning")},
    {ProfileFeature::BondNetPurchases, FeatureFamily::Behaviour, "bond_net_purchases", "CNY",
     QT_TRANSLATE_NOOP("ProfileFeatures", "Bonds bought minus sold"),
     QT_TRANSLATE_NOOP("ProfileFeatures", "Position build-up or fire sales")},
}};

inline constexpr std::size_t indexOf(ProfileFeature f) { return static_cast<std::size_t>(f); }

}  // namespace eagle
