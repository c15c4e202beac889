// Replaying a simulated market trade by trade through the incremental profile engine, as a live
// consumer would (finish a day when the next day's first trade arrives), ends in exactly the
// batch result of computeProfiles: every feature and risk score of every institution and day,
// compared bit for bit as read back through ResultStore.

#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"
#include "ScenarioCatalog.h"
#include "TestSupport.h"
#include "TradeReplay.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <map>

using namespace eagle;

class TestProfileReplay : public QObject {
    Q_OBJECT
private slots:
    void replayEqualsBatchBitForBit();
};

namespace {

// Same value to the last bit, NaN (undefined, not stored) included.
bool sameBits(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

}  // namespace

void TestProfileReplay::replayEqualsBatchBitForBit() {
    test::TestWorkspace dir;
    const std::string path = dir.path("replay.eagle");
    SimulatorConfig config{80, 60, 7};
    config.scenarios = parseScenarioList("liquidity_squeeze:duration=20,circular_trading");
    createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); });
    Store store = Store::open(path);
    const ProfileRunResult batch = computeProfiles(store);

    // The live side: trades arrive one at a time from the replay; a day is finished when the
    // first trade of a later day arrives, and the last one when the replay ends.
    ProfileEngine engine = profileEngineFor(store);
    std::map<std::string, std::size_t> groupIndex;
    std::vector<std::size_t> groupOf;
    for (const auto& i : engine.institutions())
        groupOf.push_back(groupIndex.try_emplace(peerGroupOf(i), groupIndex.size()).first->second);
    const RiskScorer scorer(groupOf);
    std::vector<DayProfile> days;
    std::vector<std::vector<ScoreRow>> scores;
    std::optional<Date> current;
    const auto finish = [&](Date day) {
        days.push_back(engine.finishDay(day, store.balancesOn(day)));
        scores.push_back(scorer.score(days.back()));
    };
    TradeReplay replay(store);
    replay.addListener([&](const Trade& t) {
        if (current && t.day != *current) finish(*current);
        current = t.day;
        engine.add(t);
    });
    QCOMPARE(replay.run(), batch.trades);
    QVERIFY(current);
    finish(*current);
    QCOMPARE(int(days.size()), batch.days);

    // The batch run as stored, one feature matrix per feature and score.
    ResultStore results(store);
    std::map<std::string, std::int64_t> featureId;
    for (const auto& d : results.featureDefs()) featureId[d.name] = d.id;
    std::map<std::int64_t, std::size_t> row;  // institution id -> engine index
    for (std::size_t i = 0; i < engine.institutions().size(); ++i) row[engine.institutions()[i].id.value] = i;
    std::size_t finite = 0;  // values both sides define
    const auto compare = [&](const std::string& name, auto replayed) {
        QVERIFY2(featureId.count(name), name.c_str());
        const FeatureMatrix m = results.featureMatrix(batch.run, featureId[name]);
        std::size_t column = 0;
        for (std::size_t d = 0; d < days.size(); ++d) {
            // Days without a single finite value of this feature have no column in the matrix.
            const bool stored = column < m.days.size() && m.days[column] == days[d].day;
            for (std::size_t r = 0; r < m.institutions.size(); ++r) {
                const double live = replayed(d, row.at(m.institutions[r].value));
                const double stores = stored ? m.at(r, column) : std::nan("");
                if (!sameBits(live, stores))
                    QFAIL(qPrintable(QString("%1 of institution %2 on %3: replay %4, batch %5")
                                         .arg(QString::fromStdString(name))
                                         .arg(m.institutions[r].value)
                                         .arg(QString::fromStdString(days[d].day.toString()))
                                         .arg(live, 0, 'g', 17)
                                         .arg(stores, 0, 'g', 17)));
                finite += std::isfinite(live) ? 1 : 0;
            }
            column += stored ? 1 : 0;
        }
        QCOMPARE(column, m.days.size());  // every stored day was replayed
    };
    for (std::size_t f = 0; f < kProfileFeatureCount; ++f) {
        compare(std::string(kProfileFeatures[f].name),
                [&](std::size_t d, std::size_t i) { return days[d].values[i][f]; });
        if (QTest::currentTestFailed()) return;
    }
    for (std::size_t s = 0; s < kRiskTypeCount; ++s) {
        compare(std::string(riskTypes()[s].name), [&](std::size_t d, std::size_t i) { return scores[d][i][s]; });
        if (QTest::currentTestFailed()) return;
    }
    QCOMPARE(std::int64_t(finite), batch.values);  // nothing stored that the replay lacks
    QVERIFY(finite > 80 * 60 * 10);                // most features are defined on most days
}

QTEST_GUILESS_MAIN(TestProfileReplay)
#include "tst_profile_replay.moc"
