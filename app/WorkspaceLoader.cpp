#include "WorkspaceLoader.h"

#include "ProfileFeatures.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

// Progress of one step mapped into its slice [from, to] of the whole job.
ProgressCallback slice(const ProgressCallback& progress, double from, double to) {
    return [=](double f, const std::string& step) {
        if (progress) progress(from + (to - from) * f, step);
    };
}

}  // namespace

WorkspaceSnapshot loadWorkspace(const std::string& path, const ProgressCallback& progress, const std::stop_token& stop) {
    WorkspaceSnapshot s;
    s.path = path;
    Store store = Store::open(path);
    s.institutions = store.institutions();
    s.instruments = store.instruments();
    ResultStore results(store);
    auto run = results.latestRun(kProfileRunKind);
    if (!run) {
        computeProfiles(store, slice(progress, 0.0, 0.8), stop, {.networkFeatures = true});
        run = results.latestRun(kProfileRunKind);
    }
    s.profileRun = run->id;
    s.features = results.featureDefs();
    s.days = results.runDays(s.profileRun);  // the columns of every feature matrix
    throwIfStopped(stop);
    if (progress) progress(0.82, "reading the multilayer network");
    s.networkHistory = std::make_shared<const NetworkHistory>(NetworkHistory::load(store, {}, stop));
    if (progress) progress(0.88, "laying out the exposure network");
    const Date last = s.days.empty() ? Date() : s.days.back();
    s.network = networkAsOf(store, s, last, nullptr, stop);
    if (progress) progress(0.95, "ranking institutions against their peers");
    s.peers = compareProfiles(store, s, last, {}, &s.mostAtRisk);

    for (std::size_t i = 0; i < s.institutions.size(); ++i) s.heatmapOrder.push_back(i);
    std::stable_sort(s.heatmapOrder.begin(), s.heatmapOrder.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = s.institutions[a];
        const auto& y = s.institutions[b];
        return x.type != y.type ? x.type < y.type : x.totalAssets > y.totalAssets;
    });
    if (!s.mostAtRisk.valid() && !s.institutions.empty()) s.mostAtRisk = s.institutions.front().id;
    if (progress) progress(1.0, "ready");
    return s;
}

}  // namespace eagle

namespace eagle {

Date recentWindowStart(const std::vector<Date>& days, Date day) {
    const auto end = std::upper_bound(days.begin(), days.end(), day);
    const auto span = std::min<std::ptrdiff_t>(end - days.begin(), kRecentDays);
    return span > 0 ? *(end - span) : day;
}

std::shared_ptr<const NetworkViewData> networkAsOf(Store& store, const WorkspaceSnapshot& s, Date day,
                                                   const NetworkViewData* previous, const std::stop_token& stop) {
    auto view = std::make_shared<NetworkViewData>();
    if (!s.networkHistory) return view;
    view->network = s.networkHistory->asOf(day, store.balancesOn(day));
    throwIfStopped(stop);
    view->layout = layoutNetwork(view->network, 1, stop, previous ? &previous->layout : nullptr);
    // The DebtRank of a failure is one contagion run per institution: the largest debtors only,
    // so that a day change stays quick on a market of thousands; as many as the stored features take.
    NetworkFeatureOptions options;
    options.failureDebtRankInstitutions = ProfileRunOptions{}.networkDebtRankInstitutions;
    view->features = networkFeatures(view->network, options, stop);
    // Chinese readers see the registered Chinese name, everyone else the English one.
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const NetworkInstitution& i : view->network.institutions) {
        const Institution* known = s.institution(i.id);
        const std::string& name = !known ? i.code : chinese && !known->nameZh.empty() ? known->nameZh : known->name;
        view->names << QString::fromStdString(i.code) + " " + QString::fromStdString(name);
    }
    return view;
}

std::shared_ptr<const PeerComparison> compareProfiles(Store& store, const WorkspaceSnapshot& s, Date day,
                                                      const std::vector<std::string>& wanted, InstitutionId* mostAtRisk) {
    std::vector<std::string> axes;
    std::vector<std::int64_t> axisIds;
    std::vector<PeerComparison::Scale> scales;
    std::vector<std::string> names = wanted;
    if (names.empty())
        for (const auto& spec : riskTypes()) names.emplace_back(spec.name);
    for (const std::string& name : names)
        if (const FeatureDef* def = s.feature(name)) {
            axes.push_back(name), axisIds.push_back(def->id);
            scales.push_back(name.starts_with("score_") ? PeerComparison::Scale::AsIs : PeerComparison::Scale::Percentile);
        }
    const auto means = ResultStore(store).featureMeans(s.profileRun, recentWindowStart(s.days, day), day, axisIds);

    ProfileSummary summary;
    double highest = -INFINITY;
    const auto liquidity = std::find(axes.begin(), axes.end(), "score_liquidity") - axes.begin();
    for (const auto& [institution, byFeature] : means) {
        auto& row = summary[institution];
        for (std::int64_t id : axisIds) {
            const auto v = byFeature.find(id);
            row.push_back(v == byFeature.end() ? NAN : v->second);
        }
        if (mostAtRisk && static_cast<std::size_t>(liquidity) < row.size() && row[liquidity] > highest)
            highest = row[liquidity], *mostAtRisk = InstitutionId(institution);
    }
    return std::make_shared<PeerComparison>(s.institutions, axes, std::move(summary), std::move(scales));
}

}  // namespace eagle
