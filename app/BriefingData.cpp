#include "BriefingData.h"

#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "NetworkHistory.h"
#include "ProfilePipeline.h"
#include "RiskEventNames.h"
#include "RuleRunner.h"
#include "StressTest.h"
#include "WorkspaceLoader.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

namespace eagle {
namespace {

constexpr std::size_t kCounterparties = 12;
constexpr std::size_t kStressHits = 10;
constexpr int kAlertLabelLength = 40;

QString labelOf(const Institution& i) { return institutionLabel(i); }

TimeSeriesData seriesOf(ResultStore& results, const WorkspaceSnapshot& s, const Institution& who,
                        const FeatureDef& feature, const std::map<std::int64_t, std::vector<DatedValue>>& own,
                        const std::vector<RiskEvent>& events, const std::vector<Alert>& alerts) {
    TimeSeriesData data;
    data.institution = who.id;
    data.institutionLabel = QString::fromStdString(who.code);
    data.featureName = QString::fromStdString(feature.name);
    data.featureLabel = featureDisplayName(feature.name);
    data.unit = featureDisplayUnit(feature.name);
    data.peerLabel = displayName(who.type);
    if (const auto it = own.find(feature.id); it != own.end()) data.values = it->second;
    data.peerMedian = results.peerMedianSeries(s.profileRun, std::string(nameOf(who.type)), feature.id);
    const double scale = featureDisplayScale(feature.name);
    for (auto* series : {&data.values, &data.peerMedian})
        for (auto& point : *series) point.value *= scale;
    for (const RiskEvent& e : events)
        if (e.institution == who.id) data.markers.push_back({e.day, riskEventDisplayName(e.kind), false});
    for (const Alert& a : alerts)
        if (a.institution == who.id)
            data.markers.push_back({a.day, QString::fromStdString(a.message).left(kAlertLabelLength), true});
    return data;
}

}  // namespace

const std::vector<std::string>& briefingSeriesFeatures() {
    static const std::vector<std::string> features{"score_liquidity", "overnight_share_20d", "net_borrowing_20d"};
    return features;
}

BriefingData collectBriefing(const WorkspaceSnapshot& snapshot, const std::vector<std::string>& codes, Date day,
                             const ProgressCallback& progress, const std::stop_token& stop) {
    if (snapshot.days.empty()) throw std::runtime_error("the workspace has no profiles");
    std::vector<const Institution*> chosen;
    for (const std::string& code : codes) {
        const Institution* i = snapshot.institutionByCode(code);
        if (!i) throw std::invalid_argument("no institution with code " + code);
        chosen.push_back(i);
    }
    const auto report = [&](double f, const char* step) {
        if (progress) progress(f, step);
    };
    Store store = Store::openReadOnly(snapshot.path);
    ResultStore results(store);
    RuleStore rules(store);
    BriefingData b;
    b.workspacePath = snapshot.path;
    report(0.0, "hashing the market data");
    b.contentHash = store.contentHash();
    b.schemaVersion = store.schemaVersion();
    const auto upTo = std::upper_bound(snapshot.days.begin(), snapshot.days.end(), day);
    b.day = day == Date() || upTo == snapshot.days.end() ? snapshot.days.back()
            : upTo == snapshot.days.begin()            ? snapshot.days.front()
                                                       : *std::prev(upTo);
    b.windowStart = recentWindowStart(snapshot.days, b.day);
    b.profileRun = results.latestRun(kProfileRunKind);
    b.ruleRun = results.latestRun(kRuleRunKind);
    b.rules = rules.rules();
    b.stressMethod = std::string(nameOf(StressMethod::DebtRank));
    b.seriesFeatures = briefingSeriesFeatures();
    const std::vector<Alert> alerts = b.ruleRun ? rules.alerts(b.ruleRun->id) : std::vector<Alert>{};
    const std::vector<RiskEvent> events = store.riskEvents();
    throwIfStopped(stop);

    report(0.1, "ranking institutions against their peers");
    const auto peers = compareProfiles(store, snapshot, b.day);
    const auto exposures = store.moneyMarketExposures(b.windowStart, b.day);
    throwIfStopped(stop);
    report(0.3, "building the exposure network for the stress test");
    std::optional<NetworkHistory> loaded;
    const NetworkHistory* history = snapshot.networkHistory.get();
    if (!history) history = &loaded.emplace(NetworkHistory::load(store, {}, stop));
    const StressSystem system = stressSystemOf(history->asOf(b.day, store.balancesOn(b.day)));

    for (std::size_t k = 0; k < chosen.size(); ++k) {
        throwIfStopped(stop);
        report(0.6 + 0.4 * double(k) / double(chosen.size()), "briefing");
        const Institution& who = *chosen[k];
        BriefingInstitution out;
        out.institution = who;
        out.radar = peers->profileOf(who.id);
        out.radar.institutionLabel = labelOf(who).toStdString();

        const auto own = results.institutionSeries(snapshot.profileRun, who.id);
        for (const std::string& name : b.seriesFeatures)
            if (const FeatureDef* def = snapshot.feature(name))
                out.series.push_back(seriesOf(results, snapshot, who, *def, own, events, alerts));

        std::map<std::int64_t, BriefingCounterparty> byCounterparty;
        for (const Store::Exposure& e : exposures) {
            if (e.borrower == who.id && e.lender != who.id) byCounterparty[e.lender.value].lentToIt += e.notionalCny;
            if (e.lender == who.id && e.borrower != who.id) byCounterparty[e.borrower.value].borrowedFromIt += e.notionalCny;
        }
        for (auto& [id, c] : byCounterparty) {
            if (const Institution* i = snapshot.institution(InstitutionId(id))) c.institution = *i;
            out.counterparties.push_back(c);
        }
        std::stable_sort(out.counterparties.begin(), out.counterparties.end(), [](const auto& a, const auto& b) {
            return a.lentToIt + a.borrowedFromIt > b.lentToIt + b.borrowedFromIt;
        });
        if (out.counterparties.size() > kCounterparties) out.counterparties.resize(kCounterparties);

        if (const auto index = system.indexOf(who.code)) {
            StressShock failure;
            failure.kind = StressShock::Kind::Failure;
            failure.institution = *index;
            out.stress = runStressTest(system, {failure}, StressMethod::DebtRank, stop);
            out.stressRan = true;
            for (std::size_t i = 0; i < system.names.size(); ++i) {
                const InstitutionStress& x = out.stress.institutions[i];
                if (i == *index || (x.finalDistress <= 0 && x.defaultRound < 0)) continue;
                out.stressHits.push_back({system.names[i], x.finalDistress, x.shockLoss + x.contagionLoss, x.defaultRound >= 0});
            }
            std::stable_sort(out.stressHits.begin(), out.stressHits.end(),
                             [](const auto& a, const auto& b) { return a.finalDistress > b.finalDistress; });
            if (out.stressHits.size() > kStressHits) out.stressHits.resize(kStressHits);
        }

        for (const Alert& a : alerts)
            if (a.institution == who.id) out.alerts.push_back(a);
        std::stable_sort(out.alerts.begin(), out.alerts.end(), [](const Alert& a, const Alert& b) { return a.day > b.day; });
        b.institutions.push_back(std::move(out));
    }
    report(1.0, "briefing");
    return b;
}

}  // namespace eagle
