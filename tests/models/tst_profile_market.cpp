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

private:
    FeatureMatrix matrix(const char* name) {
        ResultStore results(*store_);
        for (const auto& d : results.featureDefs())
            if (d.name == name) return results.featureMatrix(run_.run, d.id);
        qFatal("feature %s missing", name);
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

QTEST_GUILESS_MAIN(TestProfileMarket)
#include "tst_profile_market.moc"
