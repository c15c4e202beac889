// The network on a simulated market: layers as of a day against the trades, the planted
// scenarios found again (the circular-trading ring, the hub that withdrew, the default cascade),
// and the daily network measures stored with the profile run, read back by the rules.

#include "CircularTrading.h"
#include "HubWithdrawal.h"
#include "MarketSimulator.h"
#include "NetworkFeatureRun.h"
#include "NetworkFeatures.h"
#include "NetworkHistory.h"
#include "ProfileEngine.h"
#include "ProfilePipeline.h"
#include "RuleParser.h"
#include "RuleRunner.h"
#include "RuleWorkspace.h"
#include "RelatedPartyFlows.h"
#include "ScenarioCatalog.h"
#include "Store.h"
#include "StressTest.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace eagle;

class TestNetworkMarket : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void layersHoldWhatIsOutstandingOnTheDay();
    void circularTradingRingIsFound();
    void relatedPartyFlowsIncludeTheRing();
    void hubWithdrawalIsFound();
    void defaultCascadeReplaysAsDebtRankRounds();
    void featuresForEveryInstitution();
    void profileRunStoresEveryDaysMeasures();
    void loadReportsProgressAndStops();

private:
    std::vector<RiskEvent> events(const std::string& kind) const {
        std::vector<RiskEvent> out;
        for (const auto& e : events_)
            if (e.kind == kind) out.push_back(e);
        return out;
    }
    test::TestWorkspace dir_;
    std::string path_;
    std::optional<Store> store_;
    std::optional<NetworkHistory> history_;
    std::vector<RiskEvent> events_;
};

void TestNetworkMarket::initTestCase() {
    path_ = dir_.path("market.eagle");
    SimulatorConfig config{80, 120, 11};
    config.scenarios = parseScenarioList("circular_trading,counterparty_loss,default_cascade");
    createWorkspace(path_, [&](Store& s) { MarketSimulator(config).run(s); });
    store_.emplace(Store::openReadOnly(path_));
    history_.emplace(NetworkHistory::load(*store_));
    events_ = store_->riskEvents();
}

void TestNetworkMarket::layersHoldWhatIsOutstandingOnTheDay() {
    const Date day = history_->tradingDays()[60];
    const MultilayerNetwork net = history_->asOf(day, store_->balancesOn(day));
    // Independently: every loan, repo and FX swap whose term covers the day, by layer.
    std::map<NetworkLayer, double> expected;
    store_->forEachTrade([&](const Trade& t) {
        const auto layer = t.product == Product::Repo      ? std::optional(NetworkLayer::Repo)
                           : t.product == Product::Lending ? std::optional(NetworkLayer::Interbank)
                           : t.product == Product::FxSwap  ? std::optional(NetworkLayer::FxSwap)
                                                           : std::nullopt;
        if (layer && t.day <= day && day < t.day.addDays(std::max(1, t.tenorDays)) && t.buyer != t.seller)
            expected[*layer] += t.notionalCny;
        return true;
    });
    for (NetworkLayer layer : {NetworkLayer::Repo, NetworkLayer::Interbank, NetworkLayer::FxSwap}) {
        const double got = net.layer(layer).total();
        QVERIFY2(expected[layer] > 0, std::string(nameOf(layer)).c_str());
        QVERIFY2(std::abs(got - expected[layer]) <= 1e-9 * expected[layer], std::string(nameOf(layer)).c_str());
    }
    QVERIFY(!net.layer(NetworkLayer::Bond).edges.empty());
    QVERIFY(!net.layer(NetworkLayer::Ownership).edges.empty());
    // A later day is a different network, rebuilt from memory.
    const MultilayerNetwork later = history_->asOf(history_->tradingDays()[61]);
    QVERIFY(later.layer(NetworkLayer::Repo).total() != net.layer(NetworkLayer::Repo).total());
}

void TestNetworkMarket::circularTradingRingIsFound() {
    const auto truth = events("circular_trading");
    QVERIFY(truth.size() >= 3);
    std::set<std::int64_t> members;
    for (const auto& e : truth) members.insert(e.institution.value);
    const auto& days = history_->tradingDays();
    const auto rings = detectCircularTrading(*store_, days.front(), days.back());
    QVERIFY(!rings.empty());
    const CircularRing& ring = rings.front();
    std::set<std::int64_t> found;
    for (auto m : ring.members) found.insert(m.value);
    QVERIFY(found == members);
    // The scenario trades on 8 days (its default), once round the ring each day, inside its window.
    QCOMPARE(ring.turns.size(), std::size_t(8));
    for (const auto& turn : ring.turns) {
        QVERIFY(turn.day >= truth.front().day && turn.day <= *truth.front().endDay);
        QCOMPARE(turn.trades.size(), members.size());
    }
    // Nothing else in this market goes round a ring of related parties.
    QCOMPARE(rings.size(), std::size_t(1));
}

void TestNetworkMarket::relatedPartyFlowsIncludeTheRing() {
    const auto truth = events("circular_trading");
    const auto& days = history_->tradingDays();
    const auto flows = relatedPartyFlows(*store_, days.front(), days.back());
    QVERIFY(!flows.empty());
    int ringLegs = 0;
    for (const auto& f : flows) {
        QVERIFY(f.notionalCny > 0 && f.shareOfFrom > 0 && f.shareOfFrom <= 1 && f.shareOfTo <= 1);
        bool fromRing = false, toRing = false;
        for (const auto& e : truth) fromRing |= e.institution == f.from, toRing |= e.institution == f.to;
        ringLegs += fromRing && toRing;
    }
    QVERIFY(ringLegs >= 3);  // each leg of the ring is a related-party flow
    QVERIFY(std::is_sorted(flows.begin(), flows.end(), [](auto& a, auto& b) { return a.notionalCny > b.notionalCny; }));
}

void TestNetworkMarket::hubWithdrawalIsFound() {
    const auto truth = events("hub_withdrawal");
    QCOMPARE(truth.size(), std::size_t(1));
    const auto found = detectHubWithdrawals(*history_);
    const auto& days = history_->tradingDays();
    const auto start = std::lower_bound(days.begin(), days.end(), truth.front().day) - days.begin();
    bool hit = false;
    for (const auto& w : found) {
        const auto at = std::lower_bound(days.begin(), days.end(), w.day) - days.begin();
        if (w.hub == truth.front().institution && at == start) hit = true;
    }
    QVERIFY2(hit, "the hub that withdrew is flagged on the day it stopped lending");
    QVERIFY(found.size() <= 3);  // few false alarms among the ten largest lenders over 120 days
    for (const auto& w : found) QVERIFY(w.drop() > 0.8);
}

void TestNetworkMarket::defaultCascadeReplaysAsDebtRankRounds() {
    // The scenario's lenders lent 1.5 times their capital to the defaulter (round 1), and the
    // next lenders 1.5 times theirs to those (round 2): on the eve of the first default,
    // DebtRank from that failure alone must wipe out round 1 in its first round and round 2 in
    // its second.
    std::optional<RiskEvent> first;
    std::vector<InstitutionId> round1, round2;
    for (const auto& e : events("default")) {
        if (e.note.rfind("first default", 0) == 0) first = e;
        if (e.note.rfind("contagion round 1", 0) == 0) round1.push_back(e.institution);
        if (e.note.rfind("contagion round 2", 0) == 0) round2.push_back(e.institution);
    }
    QVERIFY(first && !round1.empty() && !round2.empty());
    const auto& days = history_->tradingDays();
    const Date eve = *std::prev(std::lower_bound(days.begin(), days.end(), first->day));
    const MultilayerNetwork net = history_->asOf(eve, store_->balancesOn(eve));
    const StressSystem system = stressSystemOf(net);
    for (StressMethod method : {StressMethod::DebtRank, StressMethod::DebtRankSingleHit}) {
        const ContagionResult r =
            runStressTest(system, {{StressShock::Kind::Failure, net.indexOf(first->institution), 1}}, method);
        for (auto id : round1) QCOMPARE(r.institutions[*net.indexOf(id)].defaultRound, 1);
        for (auto id : round2) QCOMPARE(r.institutions[*net.indexOf(id)].defaultRound, 2);
        // The losses came through interbank lending (the scenario's 30-day loans).
        for (auto id : round1) {
            const auto& s = r.institutions[*net.indexOf(id)];
            QVERIFY(s.lossByLayer[indexOf(NetworkLayer::Interbank)] > 0.5 * s.contagionLoss);
        }
    }
}

void TestNetworkMarket::featuresForEveryInstitution() {
    const Date day = history_->tradingDays()[90];
    const auto features = networkFeatures(history_->asOf(day, store_->balancesOn(day)));
    QCOMPARE(features.size(), std::size_t(80));
    double pageRank = 0, repoPageRank = 0;
    int withImpact = 0;
    for (const auto& f : features) {
        pageRank += f.aggregate.pageRank;
        repoPageRank += f.layerPageRank[indexOf(NetworkLayer::Repo)];
        withImpact += f.failureDebtRank > 0;
        QVERIFY(f.failureDebtRank >= 0 && f.failureDebtRank <= 1);
    }
    QVERIFY(std::abs(pageRank - 1) < 1e-9);
    QVERIFY(std::abs(repoPageRank - 1) < 1e-9);
    QVERIFY(withImpact > 10);
}

// The profile run stores every day's network measures as features: on sampled days they equal
// the measures of that day's network taken here, peer medians equal a median taken here, and a
// rule reading network_pagerank raises an alert exactly where the stored value crosses its bound.
void TestNetworkMarket::profileRunStoresEveryDaysMeasures() {
    Store store = Store::open(path_);
    std::vector<double> fractions;
    const ProfileRunResult r = computeProfiles(
        store, [&](double f, const std::string&) { fractions.push_back(f); }, {}, {.networkFeatures = true});
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);
    ResultStore results(store);
    const auto& specs = networkFeatureSpecs();
    std::map<std::string, std::int64_t> idOf;
    for (const FeatureDef& d : results.featureDefs()) idOf[d.name] = d.id;
    for (const NetworkFeatureSpec& spec : specs) QVERIFY(idOf.contains(std::string(spec.name)));
    const std::vector<Date> days = results.runDays(r.run);
    QCOMPARE(days, history_->tradingDays());
    QCOMPARE(r.networkValues, std::int64_t(days.size() * 80 * specs.size()));  // DebtRank of all 80 (< 200)

    const std::vector<Institution> institutions = store.institutions();
    for (const Date day : {days[5], days[60], days.back()}) {
        const auto features = networkFeatures(history_->asOf(day, store.balancesOn(day)), {});
        const auto stored = results.featuresOn(r.run, day);
        for (std::size_t i = 0; i < features.size(); ++i)
            for (const NetworkFeatureSpec& spec : specs) {
                const double expected = spec.of(features[i]);
                const auto row = stored.find(features[i].institution.value);
                QVERIFY(row != stored.end());
                const auto v = row->second.find(idOf[std::string(spec.name)]);
                QVERIFY2(v != row->second.end(), std::string(spec.name).c_str());
                QCOMPARE(v->second, expected);  // the same computation: equal to the last bit
            }
        // The peer median of the first peer group, taken here.
        const std::string group = peerGroupOf(institutions.front());
        std::vector<double> members;
        for (const Institution& i : institutions)
            if (peerGroupOf(i) == group) members.push_back(stored.at(i.id.value).at(idOf["network_pagerank"]));
        const auto medians = results.peerMedianSeries(r.run, group, idOf["network_pagerank"]);
        const auto median = std::find_if(medians.begin(), medians.end(), [&](const DatedValue& m) { return m.day == day; });
        QVERIFY(median != medians.end());
        QCOMPARE(median->value, medianOf(members));
    }

    // A rule may read them: the alert episodes start where the stored PageRank first exceeds 3%.
    const RuleSet rules = RuleParser(RuleWorkspace::catalogOf(store))
                              .parse("rule \"central\" severity low\n  when network_pagerank > 0.03\n"
                                     "  message \"PageRank {network_pagerank}\"\n");
    const RuleRunResult rr = runRules(store, rules, "test");
    const FeatureMatrix pageRank = results.featureMatrix(r.run, idOf["network_pagerank"]);
    std::set<std::pair<std::int64_t, std::int32_t>> starts;  // (institution, first day of an episode)
    for (std::size_t row = 0; row < pageRank.institutions.size(); ++row)
        for (std::size_t col = 0; col < pageRank.days.size(); ++col)
            if (pageRank.at(row, col) > 0.03 && (col == 0 || !(pageRank.at(row, col - 1) > 0.03)))
                starts.emplace(pageRank.institutions[row].value, pageRank.days[col].daysSinceEpoch());
    QVERIFY(!starts.empty());
    std::set<std::pair<std::int64_t, std::int32_t>> alerted;
    for (const Alert& a : RuleStore(store).alerts(rr.run)) alerted.emplace(a.institution.value, a.day.daysSinceEpoch());
    QCOMPARE(alerted, starts);

    // Without them (the default) the run is the profile alone.
    const ProfileRunResult plain = computeProfiles(store);
    QCOMPARE(plain.networkValues, std::int64_t(0));
    QVERIFY(results.featuresOn(plain.run, days.back()).begin()->second.count(idOf["network_pagerank"]) == 0);
}

void TestNetworkMarket::loadReportsProgressAndStops() {
    std::vector<double> fractions;
    NetworkHistory::load(*store_, [&](double f, const std::string&) { fractions.push_back(f); });
    QVERIFY(!fractions.empty());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);
    std::stop_source stop;
    stop.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, NetworkHistory::load(*store_, {}, stop.get_token()));
}

QTEST_GUILESS_MAIN(TestNetworkMarket)
#include "tst_network_market.moc"
