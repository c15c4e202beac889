// The audit log: imports, exports and stress tests each leave one entry (who, when in UTC, what);
// the log cannot be changed through SQL, and a change made behind the triggers' back is found by
// the hash chain and reported by eagleeye-cli audit.

#include "AuditLog.h"
#include "Cli.h"
#include "Database.h"
#include "RuleStore.h"
#include "Store.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QTest>

#include <cstdio>
#include <fstream>
#include <sstream>

using namespace eagle;

class TestAuditCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyActionIsRecorded();
    void ruleChangesAreRecorded();
    void theLogIsAppendOnly();
    void tamperingBreaksTheChain();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    std::vector<AuditEntry> entries(const std::string& path) {
        Store store = Store::openReadOnly(path);
        return AuditLog(store.database()).entries();
    }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
    std::string market_;
    std::string copy_;
    QString user_;
};

void TestAuditCli::initTestCase() {
    market_ = dir_.path("market.eagle");
    QCOMPARE(run({"generate", "--institutions", "30", "--days", "30", "--seed", "9", "--out", market_}), 0);
    copy_ = dir_.path("copy.eagle");
    // Who the operating system says we are, asked independently: `id -un`. Through popen, not
    // QProcess: Qt starts a child with clone(CLONE_VM | CLONE_VFORK), which ThreadSanitizer's
    // interceptor takes for a fork in the parent too, and the rules run after it may then start
    // no thread ("starting new threads after multi-threaded fork").
    FILE* id = popen("id -un", "r");
    QVERIFY(id);
    char name[256] = {};
    const bool read = std::fgets(name, sizeof name, id) != nullptr;
    QCOMPARE(pclose(id), 0);
    QVERIFY(read);
    user_ = QString::fromLocal8Bit(name).trimmed();
    QVERIFY(!user_.isEmpty());
}

void TestAuditCli::everyActionIsRecorded() {
    QVERIFY(entries(market_).empty());  // generating a market is not an action on data
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const std::string csv = dir_.path("institution.csv");
    QCOMPARE(run({"export", market_, "--table", "institution", "--out", csv}), 0);
    QCOMPARE(run({"import", copy_, csv, "--kind", "table", "--table", "institution"}), 0);
    QCOMPARE(run({"import", copy_, csv, "--kind", "table", "--table", "institution"}), 0);  // already imported
    QCOMPARE(run({"stress", market_, "--shock", "JSB001", "--method", "debtrank"}), 0);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

    const auto exported = entries(market_);
    QCOMPARE(exported.size(), std::size_t(2));
    QCOMPARE(exported[0].action, std::string("export"));
    QCOMPARE(exported[0].target, csv);
    QCOMPARE(exported[0].detail, std::string("institution: 30 rows"));
    QCOMPARE(exported[1].action, std::string("stress_test"));
    QCOMPARE(exported[1].target, std::string("JSB001"));
    QVERIFY2(exported[1].detail.rfind("debtrank on the last day: loss ", 0) == 0, exported[1].detail.c_str());

    const auto imported = entries(copy_);
    QCOMPARE(imported.size(), std::size_t(1));  // the repeat changed nothing, so it is not an import
    QCOMPARE(imported[0].action, std::string("import"));
    QCOMPARE(imported[0].target, csv);
    QVERIFY2(imported[0].detail.rfind("table:institution: 30 rows imported, 0 rejected, 0 skipped (import 1, ", 0) == 0,
             imported[0].detail.c_str());
    for (const auto& e : {exported[0], exported[1], imported[0]}) {
        QCOMPARE(QString::fromStdString(e.who), user_);
        const QDateTime at = QDateTime::fromString(QString::fromStdString(e.at), Qt::ISODate);
        QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC && at >= start && at <= end, e.at.c_str());
    }

    QCOMPARE(run({"audit", market_}), 0);
    QVERIFY2(out_.str().find("  " + user_.toStdString() + "  export  " + csv + "  institution: 30 rows\n") !=
                 std::string::npos,
             out_.str().c_str());
    QVERIFY(err_.str().find("2 entries, hash chain intact") != std::string::npos);
    QCOMPARE(run({"audit", market_, "--csv"}), 0);
    QVERIFY(out_.str().rfind("at,who,action,target,detail,hash\n", 0) == 0);
}

void TestAuditCli::ruleChangesAreRecorded() {
    const std::string path = dir_.path("rules.eagle");
    QCOMPARE(run({"generate", "--institutions", "20", "--days", "30", "--seed", "3", "--out", path}), 0);
    QCOMPARE(run({"analyze", path, "--no-rules"}), 0);  // only this test's rule in the workspace
    const std::string rules = dir_.path("a.rules");
    const auto writeRule = [&](const char* threshold) {
        std::ofstream(rules) << "rule \"overnight\" severity high when overnight_share > " << threshold
                             << " message \"m\"\n";
    };
    writeRule("0.9");
    QCOMPARE(run({"rules", path, "--run", rules, "--author", "Wang"}), 0);
    QCOMPARE(run({"rules", path, "--run", rules, "--author", "Wang"}), 0);  // unchanged: no new version
    writeRule("0.8");
    QCOMPARE(run({"rules", path, "--run", rules, "--author", "Li"}), 0);
    {
        Store store = Store::open(path);
        RuleStore ruleStore(store);
        const auto stored = ruleStore.rules();
        QCOMPARE(stored.size(), std::size_t(1));
        ruleStore.setEnabled(stored[0].id, false);
        ruleStore.setEnabled(stored[0].id, false);  // no change, no entry
        // An edit taken back (the rule editor's undo): the version goes, its saving stays logged.
        const std::int64_t v3 = ruleStore.saveRule("overnight", "rule \"overnight\" severity high when "
                                                                "overnight_share > 0.7 message \"m\"\n",
                                                   "high", "Zhao");
        QVERIFY(ruleStore.removeVersion(v3));
        QVERIFY(!ruleStore.rule(v3));
    }
    const auto e = entries(path);
    QCOMPARE(e.size(), std::size_t(5));
    QCOMPARE(e[0].action + " " + e[0].target + " " + e[0].detail, std::string("rule_saved overnight version 1, severity high, author Wang"));
    QCOMPARE(e[1].action + " " + e[1].target + " " + e[1].detail, std::string("rule_saved overnight version 2, severity high, author Li"));
    QCOMPARE(e[2].action + " " + e[2].target + " " + e[2].detail, std::string("rule_disabled overnight version 2"));
    QCOMPARE(e[3].action + " " + e[3].target + " " + e[3].detail, std::string("rule_saved overnight version 3, severity high, author Zhao"));
    QCOMPARE(e[4].action + " " + e[4].target + " " + e[4].detail, std::string("rule_removed overnight version 3"));
    QCOMPARE(QString::fromStdString(e[2].who), user_);
    QVERIFY(!AuditLog(Store::open(path).database()).firstBrokenEntry());
}

void TestAuditCli::theLogIsAppendOnly() {
    Store store = Store::open(market_);
    const auto before = AuditLog(store.database()).entries();
    QVERIFY(!before.empty());
    for (const char* sql : {"UPDATE audit_log SET who = 'someone else'", "DELETE FROM audit_log"}) {
        try {
            store.database().exec(sql);
            QFAIL(sql);
        } catch (const StoreError& e) {
            QVERIFY2(std::string(e.what()).find("the audit log is append-only") != std::string::npos, e.what());
        }
    }
    QCOMPARE(AuditLog(store.database()).entries().size(), before.size());
}

void TestAuditCli::tamperingBreaksTheChain() {
    const std::string path = dir_.path("tampered.eagle");
    QCOMPARE(run({"generate", "--institutions", "20", "--days", "10", "--seed", "2", "--out", path}), 0);
    {
        Store store = Store::open(path);
        AuditLog log(store.database());
        for (int i = 0; i < 4; ++i) log.record("export", "file" + std::to_string(i) + ".csv", "trade: 5 rows");
        QVERIFY(!log.firstBrokenEntry());
        // Someone with the sqlite3 shell drops the triggers and rewrites an entry.
        store.database().exec("DROP TRIGGER audit_log_no_update");
        store.database().exec("UPDATE audit_log SET target = 'nothing.csv' WHERE id = 2");
        QCOMPARE(log.firstBrokenEntry(), std::optional<std::int64_t>(2));
    }
    QCOMPARE(run({"audit", path}), 1);
    QVERIFY2(err_.str().find(path + ": the audit log was altered: entry 2 does not match its hash") != std::string::npos,
             err_.str().c_str());
    {
        // Removing an entry instead shows at the one after it.
        Store store = Store::open(path);
        store.database().exec("UPDATE audit_log SET target = 'file1.csv' WHERE id = 2");
        QVERIFY(!AuditLog(store.database()).firstBrokenEntry());
        store.database().exec("DROP TRIGGER audit_log_no_delete");
        store.database().exec("DELETE FROM audit_log WHERE id = 3");
        QCOMPARE(AuditLog(store.database()).firstBrokenEntry(), std::optional<std::int64_t>(4));
    }
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
