// eagleeye-cli rules end to end, in-process: --check lists problems with line and column,
// --run stores alerts as a new run, --backtest compares with the planted ground truth.

#include "AlertStore.h"
#include "Cli.h"
#include "ResultStore.h"
#include "TestSupport.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace eagle;

class TestRulesCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void checkReportsProblems();
    void checkAcceptsLibrary();
    void runStoresAlerts();
    void backtestPrintsEveryRule();
    void usage();
    void alertsWorkflowFromTheTerminal();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    std::string write(const char* name, const std::string& text) {
        const std::string path = dir_.path(name);
        std::ofstream(path) << text;
        return path;
    }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
    std::string market_;
};

void TestRulesCli::initTestCase() {
    market_ = dir_.path("rules.eagle");
    QCOMPARE(run({"generate", "--institutions", "40", "--days", "80", "--seed", "7", "--out", market_}), 0);
    QCOMPARE(run({"analyze", market_}), 0);
}

void TestRulesCli::checkReportsProblems() {
    const std::string file = write("bad.rules",
                                   "# two broken rules\n"
                                   "rule \"a\" severity high when overnite_share > 0.9 message \"m\"\n"
                                   "rule \"b\" severity high when mean(net_borrowing) > 1 message \"m\"\n");
    QCOMPARE(run({"rules", market_, "--check", file}), 1);
    QVERIFY2(err_.str().find(file + ": line 2, column 29: unknown feature 'overnite_share' (did you mean "
                                    "overnight_share?)") != std::string::npos,
             err_.str().c_str());
    QVERIFY(err_.str().find("line 3, column 29: mean takes 2 arguments, got 1") != std::string::npos);
    QVERIFY(err_.str().find("2 problems") != std::string::npos);
}

void TestRulesCli::checkAcceptsLibrary() {
    QCOMPARE(run({"rules", market_, "--check", EAGLEEYE_RULES_LIBRARY}), 0);
    QVERIFY2(out_.str().find("rules, all valid") != std::string::npos, out_.str().c_str());
    QVERIFY(out_.str().find("overnight_shift") != std::string::npos);
}

void TestRulesCli::runStoresAlerts() {
    const std::string file = write("run.rules",
                                   "rule \"borrower\" severity low when net_borrowing > 0 "
                                   "message \"{institution} borrows {net_borrowing}\"\n");
    QCOMPARE(run({"rules", market_, "--run", file, "--author", "tester"}), 0);
    QVERIFY2(out_.str().find(" over profile run ") != std::string::npos &&
                 out_.str().find(": 1 rules, ") != std::string::npos,
             out_.str().c_str());
    QVERIFY(out_.str().find("borrower") != std::string::npos);
    QCOMPARE(run({"info", market_}), 0);
    QVERIFY(out_.str().find("alert") != std::string::npos);
    QVERIFY(out_.str().find("rule ") != std::string::npos);
}

void TestRulesCli::backtestPrintsEveryRule() {
    QCOMPARE(run({"rules", market_, "--backtest", EAGLEEYE_RULES_LIBRARY}), 0);
    QVERIFY2(out_.str().find("backtest of 15 rules over 40 institutions x 80 days") != std::string::npos,
             out_.str().c_str());
    QVERIFY(out_.str().find("events caught by any rule") != std::string::npos);
    QVERIFY(out_.str().find("hub_withdrawal") != std::string::npos);
}

void TestRulesCli::usage() {
    QCOMPARE(run({"rules", market_}), 2);
    QVERIFY(err_.str().find("exactly one of --check, --run, --backtest") != std::string::npos);
    QCOMPARE(run({"rules", market_, "--check", "/nonexistent.rules"}), 1);
    QVERIFY(err_.str().find("cannot read the rule file") != std::string::npos);
    QCOMPARE(run({"rules", "--help"}), 0);
    QVERIFY(out_.str().find("--backtest RULEFILE") != std::string::npos);
}

// The alerts of the latest run listed with filters, moved, annotated and traced, each checked in
// the store; a move the workflow forbids fails with the allowed moves named.
void TestRulesCli::alertsWorkflowFromTheTerminal() {
    const std::string file = write("workflow.rules",
                                   "rule \"busy\" severity medium when money_volume > 0 message \"{institution}\"\n");
    QCOMPARE(run({"rules", market_, "--run", file, "--author", "tester"}), 0);
    std::int64_t id = 0;
    std::size_t total = 0;
    std::string code;
    {
        Store store = Store::openReadOnly(market_);
        const auto records = AlertStore(store).records(ResultStore(store).latestRun("rules")->id);
        QVERIFY(records.size() > 2);
        id = records.front().alert.id, total = records.size(), code = records.front().institutionCode;
    }
    QCOMPARE(run({"alerts", market_}), 0);
    QVERIFY2(out_.str().find(std::to_string(total) + " alerts") != std::string::npos, out_.str().c_str());
    QCOMPARE(run({"alerts", market_, "--move", std::to_string(id), "--to", "closed"}), 1);
    QVERIFY2(err_.str().find("cannot move to closed (from new: under_review)") != std::string::npos, err_.str().c_str());
    QCOMPARE(run({"alerts", market_, "--move", std::to_string(id), "--to", "under_review", "--who", "wang", "--note",
                  "asked for the funding plan"}),
             0);
    QCOMPARE(run({"alerts", market_, "--note-on", std::to_string(id), "--note", "plan received", "--who", "li"}), 0);
    QCOMPARE(run({"alerts", market_, "--status", "under_review"}), 0);
    QVERIFY2(out_.str().find(": 1 alerts") != std::string::npos, out_.str().c_str());
    QCOMPARE(run({"alerts", market_, "--history", std::to_string(id)}), 0);
    const std::string trail = out_.str();
    QVERIFY2(trail.find("new -> under_review: asked for the funding plan") != std::string::npos, trail.c_str());
    QVERIFY(trail.find("wang") != std::string::npos && trail.find("note: plan received") != std::string::npos);
    {
        Store store = Store::openReadOnly(market_);
        AlertStore alerts(store);
        QCOMPARE(alerts.status(id), AlertStatus::UnderReview);
        QCOMPARE(alerts.history(id).size(), std::size_t(2));
    }
    const std::string csv = dir_.path("alerts.csv");
    QCOMPARE(run({"alerts", market_, "--institution", code, "--csv", csv}), 0);
    std::ifstream in(csv);
    std::string line;
    int rows = -1;  // the header
    while (std::getline(in, line)) ++rows;
    QVERIFY(rows >= 1);
    QCOMPARE(run({"alerts", market_, "--status", "pending"}), 2);
    QCOMPARE(run({"alerts", market_, "--move", "1", "--history", "1"}), 2);
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rules_cli.moc"
