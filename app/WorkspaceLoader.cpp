#include "WorkspaceLoader.h"

#include "ProfileFeatures.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"

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

ExposureNetwork recentNetwork(Store& store, const WorkspaceSnapshot& s, const std::stop_token& stop) {
    ExposureNetworkBuilder builder(s.institutions);
    if (s.days.empty()) return builder.build();
    const Date from = s.days[s.days.size() - std::min<std::size_t>(s.days.size(), kRecentDays)];
    const Date to = s.days.back();
    for (const auto& e : store.moneyMarketExposures(from, to))
        builder.addExposure(e.lender, e.borrower, e.notionalCny, e.trades, to);
    ExposureNetwork network = builder.build();
    network.from = from;
    network.to = to;
    layoutNetwork(network, 1, stop);
    return network;
}

void rankAgainstPeers(Store& store, WorkspaceSnapshot& s) {
    ResultStore results(store);
    const Date from = s.days.empty() ? Date() : s.days[s.days.size() - std::min<std::size_t>(s.days.size(), kRecentDays)];
    const auto means = results.featureMeans(s.profileRun, from);
    // The radar's axes are the risk scores, already 0-100 against peers.
    std::vector<std::string> axes;
    std::vector<std::int64_t> axisIds;
    for (const auto& spec : riskTypes())
        if (const FeatureDef* def = s.feature(std::string(spec.name))) axes.emplace_back(spec.name), axisIds.push_back(def->id);

    ProfileSummary summary;
    double highest = -INFINITY;
    const auto liquidity = std::find(axes.begin(), axes.end(), "score_liquidity") - axes.begin();
    for (const auto& [institution, byFeature] : means) {
        auto& row = summary[institution];
        for (std::int64_t id : axisIds) {
            const auto v = byFeature.find(id);
            row.push_back(v == byFeature.end() ? NAN : v->second);
        }
        if (static_cast<std::size_t>(liquidity) < row.size() && row[liquidity] > highest)
            highest = row[liquidity], s.mostAtRisk = InstitutionId(institution);
    }
    s.peers = std::make_shared<PeerComparison>(s.institutions, axes, std::move(summary), PeerComparison::Scale::AsIs);
}

}  // namespace

WorkspaceSnapshot loadWorkspace(const std::string& path, const ProgressCallback& progress, const std::stop_token& stop) {
    WorkspaceSnapshot s;
    s.path = path;
    Store store = Store::open(path);
    s.institutions = store.institutions();
    ResultStore results(store);
    auto run = results.latestRun(kProfileRunKind);
    if (!run) {
        computeProfiles(store, slice(progress, 0.0, 0.8), stop);
        run = results.latestRun(kProfileRunKind);
    }
    s.profileRun = run->id;
    s.features = results.featureDefs();
    s.days = store.tradingDays();
    throwIfStopped(stop);
    if (progress) progress(0.85, "laying out the exposure network");
    s.network = recentNetwork(store, s, stop);
    if (progress) progress(0.95, "ranking institutions against their peers");
    rankAgainstPeers(store, s);

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
