// Profiles on a simulated market: the incremental engine equals an independent batch aggregation,
// and the risk scores see the planted liquidity squeeze coming.

#include "MarketSimulator.h"
#include "ProfileFeatures.h"
#include "ProfilePipeline.h"
#include "ScenarioCatalog.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace eagle;

class TestProfileMarket : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void engineEqualsBatchAggregation();
    void liquidityScoreWarnsBeforeTheSqueezedBankFails();
    void separateReaderGivesTheSameRun();
    void balanceWindowsEqualDailyReads();

private:
    FeatureMatrix matrix(const char* name) {
        ResultStore results(*store_);
        for (const auto& d : results.featureDefs())
            if (d.name == name) return results.featureMatrix(run_.run, d.id);
        qFatal("feature %s missing", name);
    }
    // Every feature and score of a run, feature by feature (the names' order).
    std::map<std::string, FeatureMatrix> everyFeature(RunId run) {
        ResultStore results(*store_);
        std::map<std::string, FeatureMatrix> out;
        for (const auto& d : results.featureDefs()) out[d.name] = results.featureMatrix(run, d.id);
        return out;
    }
    test::TestWorkspace dir_;
    std::optional<Store> store_;
    ProfileRunResult run_;
};

void TestProfileMarket::initTestCase() {
    const std::string path = dir_.path("market.eagle");
    SimulatorConfig config{120, 160, 21};
    config.scenarios = parseScenarioList("liquidity_squeeze:duration=30");
    createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); });
    store_.emplace(Store::open(path));
    run_ = computeProfiles(*store_);
}

void TestProfileMarket::engineEqualsBatchAggregation() {
    // Batch: a plain group-by over all trades, written independently of the engine.
    struct Totals {
        double money = 0, bond = 0, net = 0;
        int trades = 0;
        std::set<std::int64_t> counterparties;
    };
    std::map<std::pair<std::int64_t, std::int32_t>, Totals> batch;
    store_->forEachTrade([&](const Trade& t) {
        for (const bool buyer : {true, false}) {
            Totals& x = batch[{(buyer ? t.buyer : t.seller).value, t.day.daysSinceEpoch()}];
            ++x.trades;
            x.counterparties.insert((buyer ? t.seller : t.buyer).value);
            if (t.market() == Market::Money) x.money += t.notionalCny, x.net += buyer ? -t.notionalCny : t.notionalCny;
            if (t.market() == Market::Bond) x.bond += t.notionalCny;
        }
        return true;
    });
    const FeatureMatrix money = matrix("money_volume"), bond = matrix("bond_volume"), net = matrix("net_borrowing"),
                        trades = matrix("trade_count"), counterparties = matrix("counterparties");
    std::size_t compared = 0;
    for (std::size_t r = 0; r < money.institutions.size(); ++r)
        for (std::size_t c = 0; c < money.days.size(); ++c) {
            const auto it = batch.find({money.institutions[r].value, money.days[c].daysSinceEpoch()});
            const Totals x = it == batch.end() ? Totals{} : it->second;
            // Sums of the same numbers in the same order: equal to the last bit, not just close.
            QCOMPARE(money.at(r, c), x.money);
            QCOMPARE(bond.at(r, c), x.bond);
            QCOMPARE(net.at(r, c), x.net);
            QCOMPARE(trades.at(r, c), double(x.trades));
            QCOMPARE(counterparties.at(r, c), double(x.counterparties.size()));
            ++compared;
        }
    QCOMPARE(compared, std::size_t(120 * 160));
}

void TestProfileMarket::liquidityScoreWarnsBeforeTheSqueezedBankFails() {
    InstitutionId victim;
    Date failure;
    for (const auto& e : store_->riskEvents())
        if (e.kind == "failure") victim = e.institution, failure = e.day;
    QVERIFY(victim.valid());
    const FeatureMatrix score = matrix("score_liquidity");
    const auto row = static_cast<std::size_t>(std::find(score.institutions.begin(), score.institutions.end(), victim) -
                                              score.institutions.begin());
    // On how many of the last 10 business days before the failure was it in the market's top decile?
    int topDecile = 0, days = 0;
    for (std::size_t c = 0; c < score.days.size(); ++c) {
        if (score.days[c] >= failure || score.days[c] < failure.addDays(-14)) continue;
        ++days;
        int below = 0, defined = 0;
        for (std::size_t r = 0; r < score.institutions.size(); ++r)
            if (std::isfinite(score.at(r, c))) ++defined, below += score.at(r, c) < score.at(row, c);
        topDecile += below >= 0.9 * defined;
    }
    qInfo("squeezed bank in the top decile of liquidity scores on %d of the last %d days before failing", topDecile, days);
    QVERIFY(days >= 8);
    QVERIFY(topDecile >= days / 2);
}

void TestProfileMarket::separateReaderGivesTheSameRun() {
    // initTestCase's run read the trades through a second, read-only connection on a thread of its
    // own. Inside a transaction of the caller's, the run must read through the caller's connection
    // (a second one would not see the uncommitted rows): the same days must give the same values.
    Transaction outer(store_->database());  // never committed: the store stays as it was
    const ProfileRunResult again = computeProfiles(*store_);
    QCOMPARE(again.trades, run_.trades);
    QCOMPARE(again.days, run_.days);
    QCOMPARE(again.values, run_.values);
    const auto first = everyFeature(run_.run), second = everyFeature(again.run);
    QCOMPARE(first.size(), second.size());
    std::size_t cells = 0;
    for (const auto& [name, m] : first) {
        const FeatureMatrix& n = second.at(name);
        QCOMPARE(n.institutions, m.institutions);
        QCOMPARE(n.days, m.days);
        for (std::size_t k = 0; k < m.values.size(); ++k) {
            // The same computation on the same days: equal to the bit, or both undefined.
            if (std::isnan(m.values[k])) QVERIFY2(std::isnan(n.values[k]), name.c_str());
            else QVERIFY2(n.values[k] == m.values[k], name.c_str());
            ++cells;
        }
    }
    QVERIFY(cells > 120 * 160 * 30);
    // The uncommitted trade counts: the run read through the connection that holds it.
    Trade extra;
    store_->forEachTrade([&](const Trade& t) { extra = t; return true; });
    extra.id = TradeId();
    store_->add(extra);
    QCOMPARE(computeProfiles(*store_).trades, run_.trades + 1);
}

void TestProfileMarket::balanceWindowsEqualDailyReads() {
    // The pipeline reads balance sheets a window of days at a time, along the primary key.
    const std::vector<Date> days = store_->tradingDays();
    QVERIFY(days.size() > 100);
    const std::vector<BalanceDaily> window = store_->balancesBetween(days[10], days[70]);
    std::size_t next = 0, compared = 0;
    for (std::size_t d = 10; d <= 70; ++d)
        for (const BalanceDaily& b : store_->balancesOn(days[d])) {
            QVERIFY(next < window.size());
            const BalanceDaily& w = window[next++];
            QCOMPARE(w.institution, b.institution);
            QCOMPARE(w.day, b.day);
            QCOMPARE(w.assets, b.assets);
            QCOMPARE(w.liabilities, b.liabilities);
            QCOMPARE(w.liquidAssets, b.liquidAssets);
            QCOMPARE(w.equity, b.equity);
            ++compared;
        }
    QCOMPARE(next, window.size());
    QVERIFY(compared >= 120 * 50);
}

QTEST_GUILESS_MAIN(TestProfileMarket)
#include "tst_profile_market.moc"
