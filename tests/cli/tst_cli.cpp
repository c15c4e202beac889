// eagleeye-cli end to end, in-process: generate, info, analyze, and one-line errors for bad input.

#include "Cli.h"
#include "ResultStore.h"
#include "RuleStore.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace eagle;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void generateInfoAnalyze();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void helpForEveryCommand();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
};

void TestCli::generateInfoAnalyze() {
    const std::string path = dir_.path("cli.eagle");
    QCOMPARE(run({"generate", "--institutions", "30", "--days", "20", "--seed", "5", "--out", path}), 0);
    QVERIFY(out_.str().find("30 institutions, 20 business days") != std::string::npos);
    QCOMPARE(run({"generate", "--institutions", "30", "--days", "20", "--out", path}), 1);  // exists
    QVERIFY(err_.str().find("already exists") != std::string::npos);
    QCOMPARE(run({"info", path}), 0);
    QVERIFY(out_.str().find("institution") != std::string::npos);
    QVERIFY(out_.str().find("schema version " + std::to_string(schema::latestVersion())) != std::string::npos);
    QCOMPARE(run({"analyze", path}), 0);
    QVERIFY2(out_.str().find("profile run 1: 30 institutions, 20 days") != std::string::npos, out_.str().c_str());
    {
        // The shipped rules ran too: the alerts it says it raised are the rules run's in the store.
        const std::string printed = out_.str();
        const auto at = printed.find("rules run 2: the shipped library's ");
        QVERIFY2(at != std::string::npos, printed.c_str());
        const auto raised = printed.find(" rules raised ", at);
        QVERIFY(raised != std::string::npos);
        const long alerts = std::stol(printed.substr(raised + std::string(" rules raised ").size()));
        Store store = Store::openReadOnly(path);
        const auto rulesRun = ResultStore(store).latestRun("rules");
        QVERIFY(rulesRun);
        QCOMPARE(rulesRun->id.value, std::int64_t(2));
        QCOMPARE(long(RuleStore(store).alerts(rulesRun->id).size()), alerts);
    }
    QCOMPARE(run({"info", path}), 0);
    QVERIFY(out_.str().find("feature ") != std::string::npos);
    QCOMPARE(run({"profile", path, "--institution", "LB001"}), 0);
    QVERIFY2(out_.str().find("score_liquidity") != std::string::npos, out_.str().c_str());
    QVERIFY(out_.str().find("overnight_share") != std::string::npos);
    {
        // analyze stored the network position too: profile prints LB001's stored PageRank.
        const std::string printed = out_.str();
        const auto at = printed.find("\n  network_pagerank ");
        QVERIFY2(printed.find("network position") != std::string::npos && at != std::string::npos, printed.c_str());
        const double shown = std::stod(printed.substr(at + std::string("\n  network_pagerank ").size()));
        Store store = Store::openReadOnly(path);
        ResultStore results(store);
        const auto run = results.latestRun("profile");
        std::int64_t pageRank = 0;
        for (const auto& d : results.featureDefs())
            if (d.name == "network_pagerank") pageRank = d.id;
        const auto institutions = store.institutions();
        const auto lb001 = std::find_if(institutions.begin(), institutions.end(), [](auto& i) { return i.code == "LB001"; });
        const double stored = results.featuresOn(run->id, results.runDays(run->id).back()).at(lb001->id.value).at(pageRank);
        QVERIFY2(std::abs(shown - stored) <= 5e-4 * stored, printed.c_str());  // printed to 4 significant digits
    }
    QCOMPARE(run({"profile", path, "--institution", "NOPE"}), 2);
    QVERIFY(err_.str().find("no institution with code NOPE") != std::string::npos);
}

void TestCli::rejectsBadInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << 2 << "usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
    QTest::newRow("unknown option") << QStringList{"generate", "--colour", "red"} << 2 << "unknown option --colour";
    QTest::newRow("missing out") << QStringList{"generate"} << 2 << "missing required option --out";
    QTest::newRow("not a number") << QStringList{"generate", "--out", "x.eagle", "--days", "ten"} << 2 << "expects an integer";
    QTest::newRow("too small") << QStringList{"generate", "--out", "x.eagle", "--institutions", "3"} << 2 << "between 10 and 5000";
    QTest::newRow("no value") << QStringList{"generate", "--out"} << 2 << "needs a value";
    QTest::newRow("missing file") << QStringList{"info", "/nonexistent/w.eagle"} << 1 << "no such file";
    QTest::newRow("two files") << QStringList{"info", "a", "b"} << 2 << "exactly one";
    QTest::newRow("not a workspace") << QStringList{"analyze", "TEXTFILE"} << 1 << "not an EagleEye workspace";
}

void TestCli::rejectsBadInput() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const std::string text = dir_.path("text.eagle");
    std::ofstream(text) << "hello";
    std::vector<std::string> argv;
    for (const QString& a : args) argv.push_back(a == "TEXTFILE" ? text : a.toStdString());
    QCOMPARE(run(argv), code);
    const std::string err = err_.str();
    QVERIFY2(err.find(message.toStdString()) != std::string::npos, err.c_str());
    if (!args.isEmpty()) QCOMPARE(std::count(err.begin(), err.end(), '\n'), std::ptrdiff_t(1));  // one line
}

void TestCli::helpForEveryCommand() {
    for (const char* command : {"generate", "analyze", "info", "facts", "profile"}) {
        QCOMPARE(run({command, "--help"}), 0);
        QVERIFY(out_.str().rfind("usage: eagleeye-cli", 0) == 0);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
