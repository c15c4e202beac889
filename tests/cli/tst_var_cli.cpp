// eagleeye-cli var in-process: the report of one institution, the stored indicators for all, and
// one-line errors.

#include "Cli.h"
#include "TestSupport.h"

#include <QTest>

#include <sstream>

using namespace eagle;

class TestVarCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reportForOneInstitution();
    void allInstitutionsOnceAfterAnalyze();
    void rejectsBadInput();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    bool printed(const char* text) const { return out_.str().find(text) != std::string::npos; }
    test::TestWorkspace dir_;
    std::string path_;
    std::ostringstream out_, err_;
};

void TestVarCli::initTestCase() {
    path_ = dir_.path("var.eagle");
    QCOMPARE(run({"generate", "--institutions", "30", "--days", "60", "--seed", "3", "--out", path_}), 0);
}

void TestVarCli::reportForOneInstitution() {
    QCOMPARE(run({"var", path_, "--institution", "JSB001", "--window", "20"}), 0);
    QVERIFY2(printed("JSB001"), out_.str().c_str());
    for (const char* row : {"positions (CNY)", "historical VaR", "historical ES", "parametric VaR", "EWMA VaR",
                            "99% 10d", "Kupiec POF", "Christoffersen", "traffic light"})
        QVERIFY2(printed(row), row);
    QVERIFY(printed("P&L window: 20 days"));
    QCOMPARE(run({"var", path_, "--institution", "JSB001", "--date", "2025-02-14", "--window", "20"}), 0);
    QVERIFY2(printed("as of 2025-02-14"), out_.str().c_str());
}

void TestVarCli::allInstitutionsOnceAfterAnalyze() {
    QCOMPARE(run({"var", path_, "--all", "--window", "20"}), 1);  // no profile run yet
    QVERIFY(err_.str().find("no profile run") != std::string::npos);
    QCOMPARE(run({"analyze", path_}), 0);
    QCOMPARE(run({"var", path_, "--all", "--window", "20"}), 0);
    QVERIFY2(printed("risk indicators added to profile run 1: 30 institutions, 60 days"), out_.str().c_str());
    QCOMPARE(run({"var", path_, "--all", "--window", "20"}), 1);
    QVERIFY(err_.str().find("already has the risk indicators") != std::string::npos);
}

void TestVarCli::rejectsBadInput() {
    QCOMPARE(run({"var", path_}), 2);
    QVERIFY(err_.str().find("--institution") != std::string::npos);
    QCOMPARE(run({"var", path_, "--institution", "NOPE"}), 1);
    QVERIFY(err_.str().find("no institution with code NOPE") != std::string::npos);
    QCOMPARE(run({"var", path_, "--institution", "JSB001", "--date", "31/12/2025"}), 2);
    QCOMPARE(run({"var", path_, "--institution", "JSB001", "--window", "5"}), 2);
    QCOMPARE(run({"var", "--help"}), 0);
    QVERIFY(printed("usage: eagleeye-cli var"));
}

QTEST_GUILESS_MAIN(TestVarCli)
#include "tst_var_cli.moc"
