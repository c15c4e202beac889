#pragma once
// The market's vocabulary as plain structs: institutions, instruments, trades and daily series.

#include "Date.h"
#include "Ids.h"

#include <optional>
#include <string>
#include <string_view>

namespace eagle {

enum class InstitutionType {
    LargeBank,            // 国有大型商业银行
    JointStockBank,       // 股份制商业银行
    CityCommercialBank,   // 城市商业银行
    RuralCommercialBank,  // 农村商业银行
    ForeignBank,          // 外资银行
    SecuritiesFirm,       // 证券公司
    Fund,                 // 基金
    WealthProduct,        // 理财产品
    Insurer,              // 保险公司
    TrustCompany,         // 信托公司
    FinanceCompany,       // 财务公司
};
inline constexpr int kInstitutionTypeCount = 11;

enum class Market { Bond, Money, Fx, Equity, Gold };
inline constexpr int kMarketCount = 5;

// Money-market convention used everywhere: the buyer provides cash at the start leg
// (the lender in repo and interbank lending, the payer of cash in a bond or FX spot trade).
enum class Product { Repo, Lending, BondCash, FxSpot, FxSwap, GoldSpot, EquityCash };

enum class RelationKind { Ownership, Control, Guarantee, SameGroup };

// The names stored in the workspace (e.g. large_bank, repo); not for display.
std::string_view nameOf(InstitutionType t);
std::string_view nameOf(Market m);
std::string_view nameOf(Product p);
std::string_view nameOf(RelationKind k);
std::optional<InstitutionType> parseInstitutionType(std::string_view s);
std::optional<Market> parseMarket(std::string_view s);
std::optional<Product> parseProduct(std::string_view s);
std::optional<RelationKind> parseRelationKind(std::string_view s);
Market marketOf(Product p);
bool isBank(InstitutionType t);

struct Institution {
    InstitutionId id;
    std::string code;
    std::string name;
    std::string nameZh;
    InstitutionType type = InstitutionType::CityCommercialBank;
    std::string region;
    std::optional<InstitutionId> parent;
    std::string rating;
    double totalAssets = 0;  // CNY
    double capital = 0;      // CNY
    std::string strategy;    // simulated ground truth (e.g. liquidity_provider); empty when observed
};

struct Relation {
    InstitutionId src;
    InstitutionId dst;
    RelationKind kind = RelationKind::Ownership;
    double share = 0;  // ownership share in [0,1] where it applies
    Date validFrom;
    std::optional<Date> validTo;
};

struct Instrument {
    InstrumentId id;
    std::string code;
    Market market = Market::Bond;
    std::string kind;  // e.g. government, policy_bank, corporate, ncd, fx_pair, gold
    std::optional<InstitutionId> issuer;
    std::string rating;
    std::string currency = "CNY";
    std::optional<Date> maturity;
};

struct Trade {
    TradeId id;
    std::int64_t ts = 0;  // seconds since 1970-01-01 00:00 in market local time (Beijing)
    Date day;
    Product product = Product::Repo;
    std::optional<InstrumentId> instrument;
    InstitutionId buyer;   // provides cash at the start leg
    InstitutionId seller;  // receives cash at the start leg (the borrower in repo/lending)
    double price = 0;      // clean price per 100 face, FX rate or gold CNY/g; 0 for money market
    double rate = 0;       // repo/lending rate or bond yield, in percent
    double quantity = 0;   // face value, foreign currency amount or grams
    double notionalCny = 0;
    int tenorDays = 0;     // money market tenor; 0 elsewhere
    Date settleDay;
    std::string status = "done";
    std::optional<std::int64_t> scenario;  // the planted scenario that created it (simulation only)
    Market market() const { return marketOf(product); }
};

struct MarketDaily {
    std::string series;  // e.g. DR007, SHIBOR_ON, CGB10Y, USDCNY, AU9999, POLICY_7D
    Date day;
    double close = 0;
    std::optional<double> yield;
};

struct BalanceDaily {
    InstitutionId institution;
    Date day;
    double assets = 0;
    double liabilities = 0;
    double liquidAssets = 0;
    double equity = 0;
};

struct RiskEvent {
    InstitutionId institution;
    Date day;
    std::optional<Date> endDay;
    std::string kind;
    double severity = 0;
    std::string source = "observed";  // observed | simulated
    std::string note;
    std::optional<std::int64_t> scenario;
};

// A risk scenario planted by the simulator: the ground truth that detection is measured against.
struct Scenario {
    std::int64_t id = 0;
    std::string kind;
    Date start;
    Date end;
    std::string params;
};

}  // namespace eagle
