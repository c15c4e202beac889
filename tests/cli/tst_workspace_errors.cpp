// Workspaces that cannot be used as they are get a one-line message naming the file and the
// reason, never a crash: a full disk (a file size limit), a read-only file and a workspace of a
// newer schema. The CLI runs as a child process where the limit or the user must be its own.

#include "Cli.h"
#include "Database.h"
#include "Schema.h"
#include "Store.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <sstream>

using namespace eagle;

namespace {

std::int64_t tradesIn(const std::string& path) {
    for (const auto& c : Store::openReadOnly(path).tableCounts())
        if (c.table == "trade") return c.rows;
    return -1;
}

std::string integrityOf(const std::string& path) {
    Database db(path, Database::Mode::ReadWrite);
    Statement s = db.prepare("PRAGMA integrity_check");
    return s.step() ? s.text(0) : std::string();
}

struct Result {
    int exitCode = -1;
    QString out, err;
};

// Runs eagleeye-cli with a file size limit (bytes, 0 for none) and, when this test runs as root,
// as the unprivileged user nobody (root may write any file, whatever its permissions).
Result runCli(const QStringList& args, rlim_t fileSizeLimit = 0, bool asNobody = false) {
    QProcess p;
    p.setChildProcessModifier([fileSizeLimit, asNobody] {
        if (fileSizeLimit) {
            // Ignored, SIGXFSZ turns a write past the limit into an error (EFBIG), as a full disk does.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (asNobody && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(99);
    });
    p.start(QStringLiteral(EAGLEEYE_CLI_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestWorkspaceErrors : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fullDiskStopsTheImportAndKeepsTheWorkspace();
    void fullDatabaseInProcessNamesTheFile();
    void readOnlyWorkspaceIsRefusedForWriting();
    void newerWorkspaceIsRefused();

private:
    test::TestWorkspace dir_;
    std::string market_;
    std::string tradesCsv_;
};

void TestWorkspaceErrors::initTestCase() {
    std::ostringstream out, err;
    market_ = dir_.path("market.eagle");
    QVERIFY(cli::run({"generate", "--institutions", "40", "--days", "40", "--seed", "3", "--out", market_}, out, err) == 0);
    tradesCsv_ = dir_.path("trades.csv");
    QVERIFY(cli::run({"export", market_, "--table", "trade", "--out", tradesCsv_}, out, err) == 0);
}

void TestWorkspaceErrors::fullDiskStopsTheImportAndKeepsTheWorkspace() {
    // A workspace with everything but the trades, which then do not fit on the "disk".
    const std::string ws = dir_.path("full.eagle");
    std::ostringstream out, err;
    for (const char* table : {"institution", "instrument", "scenario"}) {
        const std::string csv = dir_.path((std::string(table) + ".csv").c_str());
        QVERIFY(cli::run({"export", market_, "--table", table, "--out", csv}, out, err) == 0);
        QVERIFY(cli::run({"import", ws, csv, "--kind", "table", "--table", table}, out, err) == 0);
    }
    const std::string hashBefore = Store::openReadOnly(ws).contentHash();
    // 256 KiB: the trades need more than that in the write-ahead log, whose writes then fail.
    constexpr rlim_t kLimit = 256 * 1024;
    QVERIFY(QFileInfo(QString::fromStdString(tradesCsv_)).size() > qint64(2 * kLimit));
    const QStringList import{"import", QString::fromStdString(ws), QString::fromStdString(tradesCsv_), "--kind",
                             "table", "--table", "trade"};
    const Result r = runCli(import, kLimit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QString::fromStdString(ws) + ": ") &&
                 (r.err.contains("the disk is full") || r.err.contains("File too large") ||
                  r.err.contains("cannot write the file: is the disk full")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains("statement failed"), qPrintable(r.err));
    // Nothing of the import was kept, and once there is space it goes in whole.
    QCOMPARE(integrityOf(ws), std::string("ok"));
    QCOMPARE(Store::openReadOnly(ws).contentHash(), hashBefore);
    const Result again = runCli(import);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(tradesIn(ws), tradesIn(market_));
}

void TestWorkspaceErrors::fullDatabaseInProcessNamesTheFile() {
    const std::string ws = dir_.path("capped.eagle");
    Store store = Store::create(ws);
    const std::int64_t pages = store.database().pragmaInt("page_count");
    store.database().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    try {
        auto tx = store.transaction();
        for (int i = 0; i < 10000; ++i) {
            Institution inst;
            inst.code = "I" + std::to_string(i);
            inst.name = std::string(200, 'x');
            inst.type = InstitutionType::Fund;
            store.add(inst);
        }
        tx.commit();
        QFAIL("10,000 institutions fitted in two pages");
    } catch (const StoreError& e) {
        QVERIFY2(std::string(e.what()) == ws + ": the disk is full (or the file reached its size limit); free space "
                                               "and try again",
                 e.what());
    }
    QVERIFY(store.institutions().empty());
}

void TestWorkspaceErrors::readOnlyWorkspaceIsRefusedForWriting() {
    const std::string ws = dir_.path("readonly.eagle");
    QVERIFY(QFile::copy(QString::fromStdString(market_), QString::fromStdString(ws)));
    const QString file = QString::fromStdString(ws);
    // Readable by anyone, writable by no one, in a folder the user (nobody, under root) cannot write.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString folder = QFileInfo(file).absolutePath();
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    for (const QStringList& args : {QStringList{"analyze", file}, QStringList{"rules", file, "--run", EAGLEEYE_RULES_LIBRARY}}) {
        const Result r = runCli(args, 0, true);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file + ": the workspace file is read-only"), qPrintable(r.err));
    }
    // Reading it is still fine.
    const Result info = runCli({"info", file}, 0, true);
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(info.out.contains("trade"));
}

void TestWorkspaceErrors::newerWorkspaceIsRefused() {
    const std::string ws = dir_.path("newer.eagle");
    QVERIFY(QFile::copy(QString::fromStdString(market_), QString::fromStdString(ws)));
    const int newer = schema::latestVersion() + 1;
    {
        Database db(ws, Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = " + std::to_string(newer));
    }
    const std::string expected = ws + ": the workspace was written by a newer EagleEye (schema version " +
                                 std::to_string(newer) + "; this version reads up to " +
                                 std::to_string(schema::latestVersion()) + ")";
    for (const char* command : {"info", "analyze"}) {
        std::ostringstream out, err;
        QCOMPARE(cli::run({command, ws}, out, err), 1);
        QVERIFY2(err.str().find(expected) != std::string::npos, err.str().c_str());
    }
    // Left as it was: not migrated, not touched.
    Database db(ws, Database::Mode::ReadOnly);
    QCOMPARE(db.pragmaInt("user_version"), std::int64_t(newer));
}

QTEST_GUILESS_MAIN(TestWorkspaceErrors)
#include "tst_workspace_errors.moc"
