#include "SimulatedPopulation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace eagle {
namespace {

struct Tier {
    InstitutionType type;
    double share;        // of all institutions
    const char* prefix;  // institution code prefix
    const char* nameEn;
    const char* nameZh;
    double medianAssets;  // CNY
    double sigma;
    std::array<const char*, 3> ratings;
};

// Shares loosely follow the membership of China's interbank market; assets are typical sizes.
constexpr std::array<Tier, kInstitutionTypeCount> kTiers{{
    {InstitutionType::LargeBank, 0.05, "LB", "State Commercial Bank", "国有商业银行", 3.0e13, 0.4, {"AAA", "AAA", "AAA"}},
    {InstitutionType::JointStockBank, 0.09, "JSB", "Joint-Stock Bank", "股份制银行", 6.0e12, 0.5, {"AAA", "AAA", "AA+"}},
    {InstitutionType::CityCommercialBank, 0.20, "CCB", "City Commercial Bank", "城市商业银行", 6.0e11, 0.8, {"AA+", "AA", "AA-"}},
    {InstitutionType::RuralCommercialBank, 0.16, "RCB", "Rural Commercial Bank", "农村商业银行", 1.5e11, 0.8, {"AA", "AA-", "A+"}},
    {InstitutionType::ForeignBank, 0.05, "FB", "Foreign Bank (China)", "外资银行", 2.5e11, 0.5, {"AAA", "AA+", "AA+"}},
    {InstitutionType::SecuritiesFirm, 0.11, "SEC", "Securities", "证券", 3.0e11, 0.7, {"AAA", "AA+", "AA"}},
    {InstitutionType::Fund, 0.15, "FND", "Bond Fund", "债券基金", 3.0e10, 0.8, {"AA+", "AA", "AA"}},
    {InstitutionType::WealthProduct, 0.07, "WMP", "Wealth Management Product", "理财产品", 4.0e10, 0.7, {"AA+", "AA", "AA"}},
    {InstitutionType::Insurer, 0.05, "INS", "Insurance", "保险", 1.0e12, 0.7, {"AAA", "AAA", "AA+"}},
    {InstitutionType::TrustCompany, 0.04, "TRU", "Trust", "信托", 5.0e10, 0.6, {"AA+", "AA", "AA-"}},
    {InstitutionType::FinanceCompany, 0.03, "FIN", "Finance Company", "财务公司", 8.0e10, 0.6, {"AA+", "AA", "AA"}},
}};

struct Region {
    const char* en;
    const char* zh;
};
constexpr std::array<Region, 24> kRegions{{
    {"Beijing", "北京"},   {"Shanghai", "上海"}, {"Guangdong", "广东"}, {"Jiangsu", "江苏"},  {"Zhejiang", "浙江"},
    {"Shandong", "山东"},  {"Sichuan", "四川"},  {"Hubei", "湖北"},     {"Hunan", "湖南"},    {"Fujian", "福建"},
    {"Henan", "河南"},     {"Hebei", "河北"},    {"Anhui", "安徽"},     {"Liaoning", "辽宁"}, {"Shaanxi", "陕西"},
    {"Jiangxi", "江西"},   {"Chongqing", "重庆"}, {"Tianjin", "天津"},  {"Yunnan", "云南"},   {"Guangxi", "广西"},
    {"Shanxi", "山西"},    {"Jilin", "吉林"},    {"Guizhou", "贵州"},   {"Gansu", "甘肃"},
}};

std::vector<int> tierCounts(int total) {
    // Largest-remainder apportionment so the counts add up exactly, with at least one per tier.
    std::vector<int> counts(kTiers.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t t = 0; t < kTiers.size(); ++t) {
        const double exact = kTiers[t].share * total;
        counts[t] = std::max(1, static_cast<int>(exact));
        assigned += counts[t];
        remainders.push_back({exact - std::floor(exact), t});
    }
    std::sort(remainders.begin(), remainders.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; assigned < total; k = (k + 1) % remainders.size(), ++assigned) ++counts[remainders[k].second];
    for (std::size_t t = kTiers.size(); assigned > total && t-- > 0;)
        while (counts[t] > 1 && assigned > total) --counts[t], --assigned;
    return counts;
}

std::string numbered(const char* prefix, int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%03d", prefix, n);
    return buf;
}

Strategy chooseStrategy(InstitutionType t, Random& r) {
    switch (t) {
    case InstitutionType::LargeBank: return Strategy::LiquidityProvider;
    case InstitutionType::JointStockBank: return r.chance(0.5) ? Strategy::LiquidityProvider : Strategy::MarketMaker;
    case InstitutionType::ForeignBank: return Strategy::MarketMaker;
    case InstitutionType::SecuritiesFirm: return r.chance(0.6) ? Strategy::MarketMaker : Strategy::LeveragedFund;
    case InstitutionType::Fund: return r.chance(0.85) ? Strategy::LeveragedFund : Strategy::BuyAndHold;
    case InstitutionType::WealthProduct: return r.chance(0.5) ? Strategy::LeveragedFund : Strategy::BuyAndHold;
    case InstitutionType::Insurer: return Strategy::BuyAndHold;
    case InstitutionType::CityCommercialBank: return r.chance(0.1) ? Strategy::MarketMaker : Strategy::RegionalBorrower;
    default: return Strategy::RegionalBorrower;
    }
}

void setBehaviour(SimulatedInstitution& s, Random& r) {
    Behaviour& b = s.behaviour;
    const InstitutionType type = s.institution.type;
    b.strategy = chooseStrategy(type, r);
    b.fxDealer = isBank(type) && (type != InstitutionType::RuralCommercialBank || r.chance(0.1)) &&
                 (b.strategy != Strategy::RegionalBorrower || r.chance(0.2));
    b.goldDealer = type == InstitutionType::LargeBank || (type == InstitutionType::JointStockBank && r.chance(0.6)) ||
                   (type == InstitutionType::SecuritiesFirm && r.chance(0.2));
    switch (b.strategy) {
    case Strategy::LiquidityProvider:
        b.lendingCapacity = r.uniform(0.002, 0.004);
        b.fundingNeed = r.uniform(0.0002, 0.0006), b.borrowProbability = 0.15, b.overnightShare = 0.5;
        b.bondActivity = 1.0, b.bondBuyShare = 0.55;
        break;
    case Strategy::MarketMaker:
        b.lendingCapacity = isBank(type) ? r.uniform(0.001, 0.002) : 0;
        b.fundingNeed = r.uniform(0.003, 0.01), b.borrowProbability = 0.7, b.overnightShare = 0.75;
        b.bondActivity = 6.0, b.bondBuyShare = 0.5;
        break;
    case Strategy::LeveragedFund:
        b.fundingNeed = r.uniform(0.02, 0.06), b.borrowProbability = 0.9, b.overnightShare = 0.88;
        b.bondActivity = 2.0, b.bondBuyShare = 0.62;
        break;
    case Strategy::BuyAndHold:
        b.lendingCapacity = type == InstitutionType::Insurer ? r.uniform(0.0005, 0.001) : 0;
        b.fundingNeed = r.uniform(0.0005, 0.002), b.borrowProbability = 0.2, b.overnightShare = 0.6;
        b.bondActivity = 0.6, b.bondBuyShare = 0.95;
        break;
    case Strategy::RegionalBorrower:
        b.lendingCapacity = isBank(type) && r.chance(0.2) ? 0.001 : 0;
        b.fundingNeed = r.uniform(0.002, 0.008), b.borrowProbability = 0.6, b.overnightShare = 0.7;
        b.bondActivity = 0.5, b.bondBuyShare = 0.7;
        break;
    }
    // Weaker names pay more: banks a few basis points, non-banks tens.
    const double base = isBank(type) ? 0.0 : 0.08;
    const double rating = s.institution.rating == "AAA" ? 0 : s.institution.rating == "AA+" ? 0.03 : 0.07;
    b.creditSpread = base + rating + r.uniform(0, 0.05);
    s.equityShare = isBank(type) ? r.uniform(0.065, 0.09) : type == InstitutionType::SecuritiesFirm ? r.uniform(0.18, 0.25)
                    : type == InstitutionType::Insurer                                          ? 0.1
                    : b.strategy == Strategy::LeveragedFund || b.strategy == Strategy::BuyAndHold
                        ? r.uniform(0.7, 0.9)
                        : 0.2;
    s.liquidShare = isBank(type) ? r.uniform(0.1, 0.2) : r.uniform(0.15, 0.35);
}

// Relationship lending: each borrower keeps a few lenders, chosen by size (preferential
// attachment), which gives the core-periphery structure of real interbank markets.
void chooseLenders(SimulatedPopulation& p, Random& r) {
    std::vector<double> weights;
    for (std::size_t i : p.lenders) weights.push_back(std::sqrt(p.members[i].institution.totalAssets));
    if (p.lenders.empty()) return;
    for (std::size_t b = 0; b < p.members.size(); ++b) {
        auto& behaviour = p.members[b].behaviour;
        if (behaviour.fundingNeed <= 0) continue;
        const std::size_t wanted = std::min<std::size_t>(p.lenders.size() - 1, 2 + static_cast<std::size_t>(r.poisson(2.0)));
        std::vector<double> w = weights;
        while (behaviour.lenders.size() < wanted) {
            const std::size_t k = r.weighted(w);
            w[k] = 0;
            if (p.lenders[k] != b) behaviour.lenders.push_back(p.lenders[k]);
        }
    }
}

// Bank wealth-management subsidiaries and fund houses belong to banks and securities firms; a few
// financial groups tie banks, trusts, finance companies and securities firms together by control.
void linkRelatedParties(SimulatedPopulation& p, Date start, Random& r) {
    std::vector<std::size_t> parents, groupable;
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        const auto t = p.members[i].institution.type;
        if (t == InstitutionType::LargeBank || t == InstitutionType::JointStockBank ||
            t == InstitutionType::CityCommercialBank || t == InstitutionType::SecuritiesFirm)
            parents.push_back(i);
        if (t != InstitutionType::LargeBank && t != InstitutionType::WealthProduct) groupable.push_back(i);
    }
    for (auto& m : p.members) {
        const auto t = m.institution.type;
        const bool owned = t == InstitutionType::WealthProduct || (t == InstitutionType::Fund && r.chance(0.6));
        if (!owned || parents.empty()) continue;
        const auto& parent = p.members[parents[r.index(parents.size())]].institution;
        m.institution.parent = parent.id;
        p.relations.push_back({parent.id, m.institution.id, RelationKind::Ownership, r.uniform(0.51, 1.0), start, {}});
    }
    // Groups of 3 to 5 otherwise unrelated institutions under one controller.
    const std::size_t groupCount = std::max<std::size_t>(2, p.members.size() / 25);
    std::vector<bool> taken(p.members.size(), false);
    for (std::size_t g = 0; g < groupCount; ++g) {
        std::vector<std::size_t> members;
        const std::size_t size = 3 + r.index(3);
        for (int tries = 0; members.size() < size && tries < 200; ++tries) {
            const std::size_t i = groupable[r.index(groupable.size())];
            if (taken[i] || p.members[i].institution.parent) continue;
            taken[i] = true;
            members.push_back(i);
        }
        if (members.size() < 3) break;
        const auto& head = p.members[members[0]].institution;
        for (std::size_t k = 0; k < members.size(); ++k) {
            p.members[members[k]].group = static_cast<int>(p.groups.size());
            if (k == 0) continue;
            const auto& member = p.members[members[k]].institution;
            p.relations.push_back({head.id, member.id, RelationKind::Control, r.uniform(0.3, 0.7), start, {}});
            if (k > 1)
                p.relations.push_back({p.members[members[k - 1]].institution.id, member.id, RelationKind::SameGroup, 0,
                                       start, {}});
        }
        p.groups.push_back(std::move(members));
    }
}

void issueBonds(SimulatedPopulation& p, Date start, Random& r) {
    std::int64_t next = 1;
    const auto add = [&](std::string code, const char* kind, std::optional<InstitutionId> issuer, std::string rating,
                         double years) {
        Instrument b{InstrumentId(next++), std::move(code), Market::Bond, kind, issuer, std::move(rating)};
        b.maturity = start.addDays(static_cast<int>(365 * years) + static_cast<int>(r.index(90)));
        p.bonds.push_back(b);
    };
    for (int years : {1, 2, 3, 5, 7, 10, 30}) add("CGB" + std::to_string(years) + "Y", "government", {}, "AAA", years);
    for (int years : {3, 5, 10}) add("CDB" + std::to_string(years) + "Y", "policy_bank", {}, "AAA", years);
    for (const auto& m : p.members) {
        const auto& i = m.institution;
        if (i.type == InstitutionType::JointStockBank || i.type == InstitutionType::CityCommercialBank ||
            i.type == InstitutionType::RuralCommercialBank)
            add("NCD-" + i.code, "ncd", i.id, i.rating, 1);
        else if (i.type == InstitutionType::SecuritiesFirm || i.type == InstitutionType::FinanceCompany ||
                 i.type == InstitutionType::TrustCompany)
            add("CB-" + i.code, "corporate", i.id, i.rating, 3 + static_cast<double>(r.index(3)));
    }
    p.usdCny = Instrument{InstrumentId(next++), "USD/CNY", Market::Fx, "fx_pair", {}, "", "USD", {}};
    p.gold = Instrument{InstrumentId(next++), "AU9999", Market::Gold, "gold", {}, "", "CNY", {}};
}

}  // namespace

std::string_view nameOf(Strategy s) {
    switch (s) {
    case Strategy::LiquidityProvider: return "liquidity_provider";
    case Strategy::MarketMaker: return "market_maker";
    case Strategy::LeveragedFund: return "leveraged_fund";
    case Strategy::BuyAndHold: return "buy_and_hold";
    case Strategy::RegionalBorrower: return "regional_borrower";
    }
    return "unknown";
}

SimulatedPopulation makePopulation(int count, Date start, Random& r) {
    SimulatedPopulation p;
    const std::vector<int> counts = tierCounts(count);
    std::int64_t nextId = 1;
    for (std::size_t t = 0; t < kTiers.size(); ++t) {
        const Tier& tier = kTiers[t];
        for (int k = 1; k <= counts[t]; ++k) {
            SimulatedInstitution s;
            Institution& i = s.institution;
            i.id = InstitutionId(nextId++);
            i.code = numbered(tier.prefix, k);
            const Region& region = kRegions[r.index(kRegions.size())];
            i.region = region.en;
            i.name = std::string(region.en) + " " + tier.nameEn + " " + std::to_string(k);
            i.nameZh = std::string(region.zh) + tier.nameZh + std::to_string(k) + "号";
            i.type = tier.type;
            i.totalAssets = r.logNormal(tier.medianAssets, tier.sigma);
            i.rating = tier.ratings[r.index(tier.ratings.size())];
            setBehaviour(s, r);
            i.strategy = std::string(nameOf(s.behaviour.strategy));
            i.capital = i.totalAssets * s.equityShare;
            p.members.push_back(std::move(s));
        }
    }
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        if (p.members[i].behaviour.lendingCapacity > 0) p.lenders.push_back(i);
        if (p.members[i].behaviour.strategy == Strategy::MarketMaker) p.marketMakers.push_back(i);
    }
    chooseLenders(p, r);
    linkRelatedParties(p, start, r);
    issueBonds(p, start, r);
    return p;
}

}  // namespace eagle
