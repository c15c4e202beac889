// eagleeye-cli cluster and evaluate end to end, in-process, on a small simulated market: the
// cluster listing and its stored run, the evaluation table and its stored model and daily scores,
// and one-line errors for bad input.

#include "Cli.h"
#include "LearningStore.h"
#include "ResultStore.h"
#include "TestSupport.h"

#include <QTest>

#include <sstream>

using namespace eagle;

class TestLearningCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clusterPrintsAndStores();
    void evaluatePrintsTheTableAndStores();
    void badInput();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
    std::string market_;
};

void TestLearningCli::initTestCase() {
    market_ = dir_.path("learning.eagle");
    QCOMPARE(run({"generate", "--institutions", "60", "--days", "90", "--seed", "3", "--scenario",
                  "liquidity_squeeze:count=4:duration=20,leverage_cycle:count=3:buildup=20", "--out", market_}),
             0);
    QCOMPARE(run({"analyze", market_}), 0);
}

void TestLearningCli::clusterPrintsAndStores() {
    QCOMPARE(run({"cluster", market_, "--window", "30", "--store"}), 0);
    const std::string out = out_.str();
    QVERIFY2(out.find("60 institutions, 2025-01-02 to ") == 0, out.c_str());
    QVERIFY(out.find("cluster 0  ") != std::string::npos);
    QVERIFY(out.find("agreement with the simulator's strategies: adjusted Rand index") != std::string::npos);
    QVERIFY(out.find("changed cluster between consecutive 30-day windows") != std::string::npos);
    QVERIFY(out.find("stored as cluster run") != std::string::npos);
    Store store = Store::openReadOnly(market_);
    const auto run = ResultStore(store).latestRun("cluster");
    QVERIFY(run);
    LearningStore learning(store);
    QCOMPARE(learning.clusterMembers(run->id).size(), std::size_t(60));
    int members = 0;
    for (const auto& c : learning.clusters(run->id)) members += c.size;
    QCOMPARE(members, 60);
}

void TestLearningCli::evaluatePrintsTheTableAndStores() {
    QCOMPARE(run({"evaluate", market_, "--window", "15", "--horizon", "10", "--epochs", "1", "--samples", "256",
                  "--hidden", "4", "--events", "all", "--store"}),
             0);
    const std::string out = out_.str();
    QVERIFY2(out.find("early warning: window 15 days, horizon 10 days, events all") == 0, out.c_str());
    for (const char* row : {"\nGRU ", "\nlogistic regression ", "\nbest single feature "})
        QVERIFY2(out.find(row) != std::string::npos, row);
    QVERIFY(out.find("epoch   1") != std::string::npos || err_.str().find("epoch   1") != std::string::npos);
    Store store = Store::openReadOnly(market_);
    const auto model = LearningStore(store).latestModel("gru_warning");
    QVERIFY(model);
    QCOMPARE(model->features.size(), model->centre.size());
    QVERIFY(model->hyper.find("window=15;horizon=10;events=;hidden=4") == 0);
    QCOMPARE(LearningStore(store).warnings(model->run).size(), std::size_t(60 * (90 - 15 + 1)));
}

void TestLearningCli::badInput() {
    QCOMPARE(run({"evaluate"}), 2);
    QVERIFY(err_.str().find("expected exactly one workspace FILE") != std::string::npos);
    QCOMPARE(run({"cluster", market_, "--from", "2025-13-01"}), 2);
    QVERIFY(err_.str().find("--from expects YYYY-MM-DD, got '2025-13-01'") != std::string::npos);
    QCOMPARE(run({"evaluate", market_, "--window", "80", "--horizon", "20"}), 1);
    QVERIFY2(err_.str().find("too few for a 80-day window and a 20-day horizon") != std::string::npos,
             err_.str().c_str());
    const std::string empty = dir_.path("empty.eagle");
    QCOMPARE(run({"generate", "--institutions", "10", "--days", "5", "--out", empty}), 0);
    QCOMPARE(run({"cluster", empty}), 1);
    QVERIFY(err_.str().find("no profile run yet") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestLearningCli)
#include "tst_learning_cli.moc"
