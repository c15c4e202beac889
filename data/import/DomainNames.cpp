#include "DomainNames.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace eagle::names {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    for (char& c : out)
        if (c == ' ' || c == '-') c = '_';
    return out;
}

template <class E, std::size_t N>
std::optional<E> lookup(const std::pair<std::string_view, E> (&table)[N], std::string_view s) {
    for (const auto& [name, value] : table)
        if (s == name) return value;
    return std::nullopt;
}

constexpr std::pair<std::string_view, InstitutionType> kTypes[] = {
    {"国有大型商业银行", InstitutionType::LargeBank},  {"国有银行", InstitutionType::LargeBank},
    {"大型商业银行", InstitutionType::LargeBank},      {"股份制商业银行", InstitutionType::JointStockBank},
    {"股份制银行", InstitutionType::JointStockBank},   {"城市商业银行", InstitutionType::CityCommercialBank},
    {"城商行", InstitutionType::CityCommercialBank},   {"农村商业银行", InstitutionType::RuralCommercialBank},
    {"农商行", InstitutionType::RuralCommercialBank},  {"外资银行", InstitutionType::ForeignBank},
    {"证券公司", InstitutionType::SecuritiesFirm},     {"券商", InstitutionType::SecuritiesFirm},
    {"基金", InstitutionType::Fund},                   {"基金公司", InstitutionType::Fund},
    {"理财产品", InstitutionType::WealthProduct},      {"保险公司", InstitutionType::Insurer},
    {"信托公司", InstitutionType::TrustCompany},       {"财务公司", InstitutionType::FinanceCompany},
};
constexpr std::pair<std::string_view, Product> kProducts[] = {
    {"质押式回购", Product::Repo},    {"买断式回购", Product::Repo},     {"回购", Product::Repo},
    {"信用拆借", Product::Lending},   {"同业拆借", Product::Lending},    {"拆借", Product::Lending},
    {"现券买卖", Product::BondCash},  {"现券", Product::BondCash},       {"外汇即期", Product::FxSpot},
    {"即期", Product::FxSpot},        {"外汇掉期", Product::FxSwap},     {"掉期", Product::FxSwap},
    {"黄金即期", Product::GoldSpot},  {"黄金", Product::GoldSpot},       {"股票", Product::EquityCash},
};
constexpr std::pair<std::string_view, Market> kMarkets[] = {
    {"债券", Market::Bond}, {"货币", Market::Money}, {"货币市场", Market::Money}, {"外汇", Market::Fx},
    {"股票", Market::Equity}, {"权益", Market::Equity}, {"黄金", Market::Gold},
};
constexpr std::pair<std::string_view, RelationKind> kRelations[] = {
    {"持股", RelationKind::Ownership}, {"控股", RelationKind::Ownership},   {"股权", RelationKind::Ownership},
    {"控制", RelationKind::Control},   {"实际控制", RelationKind::Control}, {"担保", RelationKind::Guarantee},
    {"同一集团", RelationKind::SameGroup}, {"集团", RelationKind::SameGroup},
};

}  // namespace

std::optional<InstitutionType> institutionType(std::string_view s) {
    if (auto t = parseInstitutionType(lower(s))) return t;
    return lookup(kTypes, s);
}

std::optional<Product> product(std::string_view s) {
    if (auto p = parseProduct(lower(s))) return p;
    return lookup(kProducts, s);
}

std::optional<Market> market(std::string_view s) {
    if (auto m = parseMarket(lower(s))) return m;
    return lookup(kMarkets, s);
}

std::optional<RelationKind> relationKind(std::string_view s) {
    if (auto k = parseRelationKind(lower(s))) return k;
    return lookup(kRelations, s);
}

}  // namespace eagle::names
