// Alerts during a replay: trades replayed one by one through the profile engine raise each alert
// on the day it starts, and the alerts of the whole replay are exactly those of the batch rules run
// over the stored profile (same rule, institution, first day, message and evidence).

#include "AlertReplay.h"
#include "AlertStore.h"
#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "RuleParser.h"
#include "RuleRunner.h"
#include "RuleWorkspace.h"
#include "ScenarioCatalog.h"
#include "TestSupport.h"
#include "TradeReplay.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

using namespace eagle;

class TestRulesReplay : public QObject {
    Q_OBJECT
private slots:
    void replayedAlertsEqualTheBatchRun();

private:
    test::TestWorkspace dir_;
};

void TestRulesReplay::replayedAlertsEqualTheBatchRun() {
    const std::string path = dir_.path("replay.eagle");
    SimulatorConfig config{40, 90, 11};
    config.scenarios = parseScenarioList("all");
    createWorkspace(path, [&](Store& s) {
        MarketSimulator(config).run(s);
        computeProfiles(s);
    });
    Store store = Store::open(path);
    std::ifstream in(EAGLEEYE_RULES_LIBRARY);
    std::stringstream text;
    text << in.rdbuf();
    const FeatureCatalog catalog = RuleWorkspace::catalogOf(store);
    const RuleSet rules = RuleParser(catalog).parse(text.str());
    QVERIFY(rules.ok());

    using Key = std::tuple<std::string, std::int64_t, std::int32_t, std::string, std::string>;
    const auto key = [](const std::string& rule, const Alert& a) {
        return Key{rule, a.institution.value, a.day.daysSinceEpoch(), a.message, RuleStore::evidenceJson(a.evidence)};
    };
    const RuleRunResult batch = runRules(store, rules, "batch");
    std::multiset<Key> expected;
    for (const AlertRecord& r : AlertStore(store).records(batch.run)) expected.insert(key(r.rule, r.alert));
    QVERIFY2(expected.size() >= 10, QByteArray::number(qulonglong(expected.size())).constData());

    std::multiset<Key> replayed;
    int days = 0, lateOrEarly = 0;
    AlertReplay alerts(store, catalog, rules, [&](Date day, std::vector<ReplayAlert> fired) {
        ++days;
        for (const ReplayAlert& a : fired) {
            if (a.alert.day != day) ++lateOrEarly;
            replayed.insert(key(a.rule, a.alert));
        }
    });
    TradeReplay replay(store);
    replay.addListener([&](const Trade& t) { alerts.add(t); });
    replay.run();
    alerts.finish();
    QCOMPARE(days, 90);
    QCOMPARE(lateOrEarly, 0);
    QCOMPARE(replayed.size(), expected.size());
    QVERIFY(replayed == expected);
}

QTEST_GUILESS_MAIN(TestRulesReplay)
#include "tst_rules_replay.moc"
