// The network on a simulated market: layers as of a day against the trades, and the planted
// scenarios found again: the circular-trading ring, the hub that withdrew, the default cascade.

#include "CircularTrading.h"
#include "HubWithdrawal.h"
#include "MarketSimulator.h"
#include "NetworkFeatures.h"
#include "NetworkHistory.h"
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
    void loadReportsProgressAndStops();

private:
    std::vector<RiskEvent> events(const std::string& kind) const {
        std::vector<RiskEvent> out;
        for (const auto& e : events_)
            if (e.kind == kind) out.push_back(e);
        return out;
    }
    test::TestWorkspace dir_;
    std::optional<Store> store_;
    std::optional<NetworkHistory> history_;
    std::vector<RiskEvent> events_;
};

void TestNetworkMarket::initTestCase() {
    const std::string path = dir_.path("market.eagle");
    SimulatorConfig config{80, 120, 11};
    config.scenarios = parseScenarioList("circular_trading,counterparty_loss,default_cascade");
    createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); });
    store_.emplace(Store::openReadOnly(path));
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
