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

void setBehaviour(SimulatedInstitution& s, Random& r) {
    auto& f = s.funding;
    switch (s.institution.type) {
    case InstitutionType::LargeBank:
        s.lender = s.fxDealer = s.bondTrader = true;
        f.lendingCapacity = r.uniform(0.002, 0.004);
        break;
    case InstitutionType::JointStockBank:
        s.lender = s.fxDealer = s.bondTrader = true;
        f.lendingCapacity = r.uniform(0.002, 0.004);
        f.fundingNeed = r.uniform(0.001, 0.003), f.borrowProbability = 0.5, f.overnightShare = 0.6;
        f.creditSpread = r.uniform(0.0, 0.03);
        break;
    case InstitutionType::CityCommercialBank:
    case InstitutionType::RuralCommercialBank:
        s.fxDealer = r.chance(0.2), s.bondTrader = r.chance(0.6);
        s.lender = r.chance(0.15);
        f.lendingCapacity = 0.002;
        f.fundingNeed = r.uniform(0.002, 0.008), f.borrowProbability = 0.6, f.overnightShare = 0.7;
        f.creditSpread = r.uniform(0.03, 0.12);
        break;
    case InstitutionType::ForeignBank:
        s.fxDealer = true, s.bondTrader = r.chance(0.5);
        f.fundingNeed = r.uniform(0.002, 0.006), f.borrowProbability = 0.4, f.overnightShare = 0.5;
        f.creditSpread = r.uniform(0.0, 0.05);
        break;
    case InstitutionType::SecuritiesFirm:
        s.bondTrader = true;
        f.fundingNeed = r.uniform(0.01, 0.04), f.borrowProbability = 0.85, f.overnightShare = 0.8;
        f.creditSpread = r.uniform(0.08, 0.2);
        break;
    case InstitutionType::Fund:
    case InstitutionType::WealthProduct:
        s.bondTrader = true;
        f.fundingNeed = r.uniform(0.01, 0.05), f.borrowProbability = 0.8, f.overnightShare = 0.85;
        f.creditSpread = r.uniform(0.1, 0.3);
        s.liquidShare = 0.3, s.equityShare = r.uniform(0.7, 0.9);
        break;
    case InstitutionType::Insurer:
        s.bondTrader = true, s.lender = r.chance(0.5);
        f.lendingCapacity = 0.001;
        f.fundingNeed = r.uniform(0.001, 0.004), f.borrowProbability = 0.3, f.overnightShare = 0.6;
        f.creditSpread = r.uniform(0.05, 0.15);
        s.equityShare = 0.1;
        break;
    case InstitutionType::TrustCompany:
    case InstitutionType::FinanceCompany:
        f.fundingNeed = r.uniform(0.005, 0.02), f.borrowProbability = 0.5, f.overnightShare = 0.75;
        f.creditSpread = r.uniform(0.1, 0.35);
        s.equityShare = 0.2;
        break;
    }
    if (isBank(s.institution.type)) s.equityShare = r.uniform(0.065, 0.09), s.liquidShare = r.uniform(0.1, 0.2);
    if (s.institution.type == InstitutionType::SecuritiesFirm) s.equityShare = r.uniform(0.18, 0.25);
}

// Relationship lending: each borrower keeps a few lenders, chosen by size (preferential
// attachment), which gives the core-periphery structure of real interbank markets.
void chooseLenders(std::vector<SimulatedInstitution>& members, Random& r) {
    std::vector<std::size_t> lenders;
    std::vector<double> weights;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].lender) lenders.push_back(i), weights.push_back(std::sqrt(members[i].institution.totalAssets));
    if (lenders.empty()) return;
    for (std::size_t b = 0; b < members.size(); ++b) {
        auto& funding = members[b].funding;
        if (funding.fundingNeed <= 0) continue;
        const std::size_t wanted = std::min<std::size_t>(lenders.size() - 1, 2 + static_cast<std::size_t>(r.poisson(2.0)));
        std::vector<double> w = weights;
        while (funding.lenders.size() < wanted) {
            const std::size_t k = r.weighted(w);
            w[k] = 0;
            if (lenders[k] != b) funding.lenders.push_back(lenders[k]);
        }
    }
}

// Bank wealth-management subsidiaries and fund houses belong to banks and securities firms.
void linkOwnership(SimulatedPopulation& p, Date start, Random& r) {
    std::vector<std::size_t> parents;
    for (std::size_t i = 0; i < p.members.size(); ++i) {
        const auto t = p.members[i].institution.type;
        if (t == InstitutionType::LargeBank || t == InstitutionType::JointStockBank ||
            t == InstitutionType::CityCommercialBank || t == InstitutionType::SecuritiesFirm)
            parents.push_back(i);
    }
    for (auto& m : p.members) {
        const auto t = m.institution.type;
        const bool owned = t == InstitutionType::WealthProduct || (t == InstitutionType::Fund && r.chance(0.6)) ||
                           (t == InstitutionType::FinanceCompany && r.chance(0.3));
        if (!owned || parents.empty()) continue;
        const auto& parent = p.members[parents[r.index(parents.size())]].institution;
        m.institution.parent = parent.id;
        p.relations.push_back({parent.id, m.institution.id, RelationKind::Ownership, r.uniform(0.51, 1.0), start, {}});
    }
}

void issueBonds(SimulatedPopulation& p, Date start, Random& r) {
    std::int64_t next = 1;
    constexpr std::array<int, 7> kGovTenors{1, 2, 3, 5, 7, 10, 30};
    for (int years : kGovTenors) {
        Instrument b{InstrumentId(next++), "CGB" + std::to_string(years) + "Y", Market::Bond, "government", {}, "AAA"};
        b.maturity = start.addDays(365 * years + static_cast<int>(r.index(120)));
        p.bonds.push_back(b);
    }
    for (int years : {3, 5, 10}) {
        Instrument b{InstrumentId(next++), "CDB" + std::to_string(years) + "Y", Market::Bond, "policy_bank", {}, "AAA"};
        b.maturity = start.addDays(365 * years + static_cast<int>(r.index(120)));
        p.bonds.push_back(b);
    }
    for (const auto& m : p.members) {
        const auto t = m.institution.type;
        if (t != InstitutionType::JointStockBank && t != InstitutionType::CityCommercialBank) continue;
        Instrument ncd{InstrumentId(next++), "NCD-" + m.institution.code, Market::Bond, "ncd", m.institution.id,
                       m.institution.rating};
        ncd.maturity = start.addDays(365);
        p.bonds.push_back(ncd);
    }
    p.usdCny = Instrument{InstrumentId(next++), "USD/CNY", Market::Fx, "fx_pair", {}, "", "USD", {}};
}

}  // namespace

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
            i.capital = i.totalAssets * s.equityShare;
            p.members.push_back(std::move(s));
        }
    }
    chooseLenders(p.members, r);
    linkOwnership(p, start, r);
    issueBonds(p, start, r);
    return p;
}

}  // namespace eagle
