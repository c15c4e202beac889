#include "Domain.h"

#include <array>
#include <utility>

namespace eagle {
namespace {
template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<InstitutionType, kInstitutionTypeCount> kTypeNames{{
    {InstitutionType::LargeBank, "large_bank"},
    {InstitutionType::JointStockBank, "joint_stock_bank"},
    {InstitutionType::CityCommercialBank, "city_commercial_bank"},
    {InstitutionType::RuralCommercialBank, "rural_commercial_bank"},
    {InstitutionType::ForeignBank, "foreign_bank"},
    {InstitutionType::SecuritiesFirm, "securities_firm"},
    {InstitutionType::Fund, "fund"},
    {InstitutionType::WealthProduct, "wealth_product"},
    {InstitutionType::Insurer, "insurer"},
    {InstitutionType::TrustCompany, "trust_company"},
    {InstitutionType::FinanceCompany, "finance_company"},
}};
constexpr Names<Market, kMarketCount> kMarketNames{{
    {Market::Bond, "bond"}, {Market::Money, "money"}, {Market::Fx, "fx"},
    {Market::Equity, "equity"}, {Market::Gold, "gold"},
}};
constexpr Names<Product, 7> kProductNames{{
    {Product::Repo, "repo"}, {Product::Lending, "lending"}, {Product::BondCash, "bond_cash"},
    {Product::FxSpot, "fx_spot"}, {Product::FxSwap, "fx_swap"}, {Product::GoldSpot, "gold_spot"},
    {Product::EquityCash, "equity_cash"},
}};
constexpr Names<RelationKind, 4> kRelationNames{{
    {RelationKind::Ownership, "ownership"}, {RelationKind::Control, "control"},
    {RelationKind::Guarantee, "guarantee"}, {RelationKind::SameGroup, "same_group"},
}};

template <class E, std::size_t N>
std::string_view lookupName(const Names<E, N>& names, E e) {
    for (const auto& [value, name] : names)
        if (value == e) return name;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const Names<E, N>& names, std::string_view s) {
    for (const auto& [value, name] : names)
        if (name == s) return value;
    return std::nullopt;
}
}  // namespace

std::string_view nameOf(InstitutionType t) { return lookupName(kTypeNames, t); }
std::string_view nameOf(Market m) { return lookupName(kMarketNames, m); }
std::string_view nameOf(Product p) { return lookupName(kProductNames, p); }
std::string_view nameOf(RelationKind k) { return lookupName(kRelationNames, k); }
std::optional<InstitutionType> parseInstitutionType(std::string_view s) { return valueOf(kTypeNames, s); }
std::optional<Market> parseMarket(std::string_view s) { return valueOf(kMarketNames, s); }
std::optional<Product> parseProduct(std::string_view s) { return valueOf(kProductNames, s); }
std::optional<RelationKind> parseRelationKind(std::string_view s) { return valueOf(kRelationNames, s); }

Market marketOf(Product p) {
    switch (p) {
    case Product::Repo:
    case Product::Lending: return Market::Money;
    case Product::BondCash: return Market::Bond;
    case Product::FxSpot:
    case Product::FxSwap: return Market::Fx;
    case Product::GoldSpot: return Market::Gold;
    case Product::EquityCash: return Market::Equity;
    }
    return Market::Money;
}

bool isBank(InstitutionType t) {
    switch (t) {
    case InstitutionType::LargeBank:
    case InstitutionType::JointStockBank:
    case InstitutionType::CityCommercialBank:
    case InstitutionType::RuralCommercialBank:
    case InstitutionType::ForeignBank: return true;
    default: return false;
    }
}

}  // namespace eagle
