#include "DashboardLoader.h"

#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "RiskScores.h"
#include "Store.h"
#include "WorkspaceLoader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace eagle {
namespace {

// The rates first, then the corridor drawn around them (floor, policy rate, ceiling).
constexpr std::array<std::pair<const char*, const char*>, 5> kRateSeries{{
    {"DR001", QT_TRANSLATE_NOOP("Dashboard", "DR001 (overnight repo)")},
    {"DR007", QT_TRANSLATE_NOOP("Dashboard", "DR007 (7-day repo)")},
    {"CORRIDOR_FLOOR", QT_TRANSLATE_NOOP("Dashboard", "Corridor floor")},
    {"POLICY_7D", QT_TRANSLATE_NOOP("Dashboard", "Policy rate (7-day reverse repo)")},
    {"CORRIDOR_CEILING", QT_TRANSLATE_NOOP("Dashboard", "Corridor ceiling (SLF)")},
}};

// The risk types as short column heads: the dashboard's matrix is narrow.
QString shortRiskName(RiskType type) {
    switch (type) {
    case RiskType::Market: return QCoreApplication::translate("Dashboard", "Market");
    case RiskType::Credit: return QCoreApplication::translate("Dashboard", "Credit");
    case RiskType::Liquidity: return QCoreApplication::translate("Dashboard", "Liquidity");
    case RiskType::Operational: return QCoreApplication::translate("Dashboard", "Operational");
    case RiskType::Reputation: return QCoreApplication::translate("Dashboard", "Reputation");
    case RiskType::Behaviour: return QCoreApplication::translate("Dashboard", "Behaviour");
    }
    return {};
}

std::vector<Date> chartDays(const std::vector<Date>& days, Date day) {
    const auto end = std::upper_bound(days.begin(), days.end(), day);
    const auto begin = end - std::min<std::ptrdiff_t>(end - days.begin(), kDashboardChartDays);
    return {begin, end};
}

std::size_t dayIndex(const std::vector<Date>& days, Date d) {
    return static_cast<std::size_t>(std::lower_bound(days.begin(), days.end(), d) - days.begin());
}

void loadActivity(Store& store, DashboardData& out) {
    std::array<DashboardData::MarketActivity, kMarketCount> byMarket;
    std::array<bool, kMarketCount> traded{};
    for (auto& m : byMarket) m.notionalBn.assign(out.days.size(), 0), m.trades.assign(out.days.size(), 0);
    for (const auto& v : store.dailyVolumes(out.days.front(), out.days.back())) {
        const std::size_t k = dayIndex(out.days, v.day);
        if (k >= out.days.size() || out.days[k] != v.day) continue;  // a trade on a day without profiles
        const auto m = static_cast<std::size_t>(v.market);
        byMarket[m].notionalBn[k] += v.notionalCny / 1e9;
        byMarket[m].trades[k] += static_cast<double>(v.trades);
        traded[m] = true;
    }
    for (std::size_t m = 0; m < byMarket.size(); ++m) {
        if (!traded[m]) continue;
        byMarket[m].market = marketDisplayName(static_cast<Market>(m));
        out.activity.push_back(std::move(byMarket[m]));
    }
}

void loadRates(Store& store, DashboardData& out) {
    for (const auto& [series, label] : kRateSeries) {
        DashboardData::RateLine line{QString::fromLatin1(series), QCoreApplication::translate("Dashboard", label),
                                     std::vector<double>(out.days.size(), NAN)};
        bool any = false;
        for (const MarketDaily& p : store.marketSeries(series)) {
            const std::size_t k = dayIndex(out.days, p.day);
            if (k < out.days.size() && out.days[k] == p.day) line.values[k] = p.close, any = true;
        }
        if (any) out.rates.push_back(std::move(line));
    }
}

// Each institution's risk scores averaged over a window: institution id -> score per risk type.
using ScoreMeans = std::map<std::int64_t, std::map<std::int64_t, double>>;

double scoreOf(const ScoreMeans& means, InstitutionId institution, std::int64_t scoreId) {
    const auto row = means.find(institution.value);
    if (row == means.end()) return NAN;
    const auto v = row->second.find(scoreId);
    return v == row->second.end() ? NAN : v->second;
}

void loadRisk(Store& store, const WorkspaceSnapshot& s, DashboardData& out) {
    std::vector<std::int64_t> scoreIds;
    std::vector<QString> typeLabels;
    for (const auto& spec : riskTypes())
        if (const FeatureDef* def = s.feature(std::string(spec.name))) {
            scoreIds.push_back(def->id);
            typeLabels.push_back(featureDisplayName(spec.name));
            out.riskLabels << shortRiskName(spec.type);
            out.riskFeatures << QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size()));
        }
    if (scoreIds.empty()) return;

    // The recent window ends on the day; the window before it ends the trading day before that.
    ResultStore results(store);
    const Date recentFrom = recentWindowStart(s.days, out.day);
    const ScoreMeans now = results.featureMeans(s.profileRun, recentFrom, out.day, scoreIds);
    const auto firstRecent = std::lower_bound(s.days.begin(), s.days.end(), recentFrom);
    ScoreMeans before;
    if (firstRecent != s.days.begin()) {
        const Date previousDay = *(firstRecent - 1);
        before = results.featureMeans(s.profileRun, recentWindowStart(s.days, previousDay), previousDay, scoreIds);
    }

    struct Ranked {
        const Institution* institution;
        double highest;
        std::vector<double> scores;
    };
    std::vector<Ranked> ranked;
    for (const Institution& i : s.institutions) {
        Ranked r{&i, -INFINITY, {}};
        std::optional<DashboardData::Riser> riser;
        for (std::size_t k = 0; k < scoreIds.size(); ++k) {
            const double v = scoreOf(now, i.id, scoreIds[k]);
            r.scores.push_back(v);
            if (std::isfinite(v)) r.highest = std::max(r.highest, v);
            const double b = scoreOf(before, i.id, scoreIds[k]);
            if (std::isfinite(v) && std::isfinite(b) && (!riser || v - b > riser->rise()))
                riser = DashboardData::Riser{i.id, QString::fromStdString(i.code), institutionName(i),
                                             typeLabels[k], out.riskFeatures[qsizetype(k)], b, v};
        }
        if (riser && riser->rise() > 0) out.risers.push_back(*riser);
        if (std::isfinite(r.highest)) ranked.push_back(std::move(r));
    }
    std::stable_sort(out.risers.begin(), out.risers.end(),
                     [](const auto& a, const auto& b) { return a.rise() > b.rise(); });
    if (out.risers.size() > kDashboardRisers) out.risers.resize(kDashboardRisers);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.highest > b.highest; });
    if (ranked.size() > kDashboardHotInstitutions) ranked.resize(kDashboardHotInstitutions);
    for (Ranked& r : ranked) {
        out.hotInstitutions.push_back(r.institution->id);
        out.hotLabels << QString::fromStdString(r.institution->code);
        out.hotScores.push_back(std::move(r.scores));
    }
}

// The money-market lending network of the recent window, as the network view draws it.
void loadNetwork(Store& store, const WorkspaceSnapshot& s, DashboardData& out) {
    std::map<std::int64_t, double> strength;  // institution id -> lent plus borrowed
    for (const auto& e : store.moneyMarketExposures(recentWindowStart(s.days, out.day), out.day)) {
        strength[e.lender.value] += e.notionalCny;
        strength[e.borrower.value] += e.notionalCny;
        out.networkExposureBn += e.notionalCny / 1e9;
        ++out.networkEdges;
    }
    out.networkNodes = static_cast<int>(strength.size());
    std::vector<std::pair<double, std::int64_t>> ranked;
    for (const auto& [id, v] : strength) ranked.push_back({v, id});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; k < std::min<std::size_t>(kDashboardHubs, ranked.size()); ++k) {
        const InstitutionId id(ranked[k].second);
        const Institution* i = s.institution(id);
        out.hubs.push_back({id, i ? QString::fromStdString(i->code) : QString::number(id.value), ranked[k].first / 1e9});
    }
}

}  // namespace

QString marketDisplayName(Market market) {
    switch (market) {
    case Market::Bond: return QCoreApplication::translate("Dashboard", "Bonds");
    case Market::Money: return QCoreApplication::translate("Dashboard", "Money market");
    case Market::Fx: return QCoreApplication::translate("Dashboard", "FX");
    case Market::Equity: return QCoreApplication::translate("Dashboard", "Equities");
    case Market::Gold: return QCoreApplication::translate("Dashboard", "Gold");
    }
    return {};
}

DashboardData loadDashboard(Store& store, const WorkspaceSnapshot& s, Date day, const std::stop_token& stop) {
    DashboardData out;
    if (day == Date() && !s.days.empty()) day = s.days.back();  // no time cursor yet: the latest day
    out.days = chartDays(s.days, day);
    if (out.days.empty()) return out;
    out.day = out.days.back();
    loadActivity(store, out);
    throwIfStopped(stop);
    loadRates(store, out);
    throwIfStopped(stop);
    loadRisk(store, s, out);
    throwIfStopped(stop);
    loadNetwork(store, s, out);
    return out;
}

}  // namespace eagle
