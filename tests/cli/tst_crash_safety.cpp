// Crash safety: eagleeye-cli killed with SIGKILL at random points while it imports, analyses, runs
// rules and replaces a workspace, plain and encrypted, and while it encrypts, decrypts or changes
// the passphrase of one. After every kill the workspace passes PRAGMA integrity_check and
// foreign_key_check, everything committed before the kill is still there, and the interrupted
// command left all of its work or none of it. The seed is printed; EAGLEEYE_CRASH_SEED repeats it.

#include "AuditLog.h"
#include "Cli.h"
#include "Database.h"
#include "Keyring.h"
#include "Store.h"
#include "TestSupport.h"
#include "WorkspaceProtection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <fstream>
#include <map>
#include <sstream>

using namespace eagle;

namespace {

constexpr int kTradeChunks = 4;
constexpr int kRounds = 5;  // each round: one killed import, analysis and rule run
constexpr const char* kPassphrase = "Osmanthus 8 by the Qiantang";
constexpr const char* kOtherPassphrase = "Plum rain 3 on the Grand Canal";

// An encrypted workspace's key, unlocked in this process for the checks (each encrypt, and each
// replacement, gives the workspace a new data key); false when neither passphrase opens it.
bool unlockIfEncrypted(const std::string& path) {
    if (!key_header::isEncrypted(path) || Keyring::instance().isUnlocked(path)) return true;
    for (const char* passphrase : {kPassphrase, kOtherPassphrase}) {
        try {
            Keyring::instance().unlock(path, passphrase);
            return true;
        } catch (const WrongPassphrase&) {
        }
    }
    return false;
}

// What a workspace holds, as far as this test can tell committed work from half-done work.
struct Snapshot {
    std::int64_t trades = 0;
    std::int64_t imports = 0;
    std::int64_t importedTrades = 0;   // rows_imported of the trade imports in the history
    std::int64_t unfinishedImports = 0;
    std::int64_t unfinishedRuns = 0;   // runs not marked done: a run's last write is its status
    std::int64_t rules = 0;
    std::map<std::int64_t, std::string> runs;           // id -> kind
    std::map<std::int64_t, std::int64_t> blocksOfRun;   // profile runs: feature blocks
    std::map<std::int64_t, std::int64_t> alertsOfRun;   // rule runs: alerts
};

std::int64_t countOf(const std::map<std::int64_t, std::int64_t>& counts, std::int64_t run) {
    const auto it = counts.find(run);
    return it == counts.end() ? 0 : it->second;
}

std::int64_t scalar(Database& db, const std::string& sql) {
    Statement s = db.prepare(sql);
    return s.step() ? s.int64(0) : 0;
}

Snapshot snapshotOf(const std::string& path) {
    unlockIfEncrypted(path);
    Database db(path, Database::Mode::ReadOnly);
    Snapshot s;
    s.trades = scalar(db, "SELECT count(*) FROM trade");
    s.imports = scalar(db, "SELECT count(*) FROM import_history");
    s.importedTrades = scalar(db, "SELECT coalesce(sum(rows_imported), 0) FROM import_history WHERE kind = 'table:trade'");
    s.unfinishedImports = scalar(db, "SELECT count(*) FROM import_history WHERE finished IS NULL OR content_hash IS NULL");
    s.unfinishedRuns = scalar(db, "SELECT count(*) FROM run WHERE status <> 'done' OR finished IS NULL");
    s.rules = scalar(db, "SELECT count(*) FROM rule");
    Statement runs = db.prepare("SELECT id, kind FROM run");
    while (runs.step()) s.runs[runs.int64(0)] = runs.text(1);
    Statement blocks = db.prepare("SELECT run_id, count(*) FROM feature_block GROUP BY run_id");
    while (blocks.step()) s.blocksOfRun[blocks.int64(0)] = blocks.int64(1);
    Statement alerts = db.prepare("SELECT run_id, count(*) FROM alert GROUP BY run_id");
    while (alerts.step()) s.alertsOfRun[alerts.int64(0)] = alerts.int64(1);
    return s;
}

std::string integrityOf(const std::string& path) {
    if (!unlockIfEncrypted(path)) return "no passphrase opens it";
    Database db(path, Database::Mode::ReadWrite);  // read-write: a killed writer's log is recovered
    std::string result;
    Statement s = db.prepare("PRAGMA integrity_check");
    while (s.step()) result += s.text(0) + ";";
    return result;
}

struct Outcome {
    bool finished = false;  // exited by itself before the kill
    int exitCode = -1;
    QByteArray err;
};

int lastPercent(const QByteArray& err) {
    static const QRegularExpression percent(QStringLiteral("(\\d+)%"));
    int last = -1;
    for (auto it = percent.globalMatch(QString::fromUtf8(err)); it.hasNext();) last = it.next().captured(1).toInt();
    return last;
}

}  // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void killedCommandsLeaveAllOrNothing_data();
    void killedCommandsLeaveAllOrNothing();
    void killedGenerateKeepsTheOldWorkspace_data();
    void killedGenerateKeepsTheOldWorkspace();
    void killedEncryptionKeepsOneWholeWorkspace();

private:
    // Runs eagleeye-cli and kills it after killAfterMs, or once its progress reaches killAtPercent
    // (whichever is not negative); it may finish first.
    Outcome runAndKill(const QStringList& args, qint64 killAfterMs, int killAtPercent);
    qint64 timed(const QStringList& args);
    void expectSound(const std::string& path);

    // The passphrase options for the CLI when the workspace is encrypted.
    QStringList passphraseFile(bool encrypted, const char* passphrase = kPassphrase) const;

    test::TestWorkspace dir_;
    QRandomGenerator random_;
    std::string base_;  // every table but the trades imported; each test row starts from a copy
    std::string passphraseFile_, otherPassphraseFile_;
    std::vector<std::string> chunks_;
    std::vector<std::int64_t> chunkRows_;
};

Outcome TestCrashSafety::runAndKill(const QStringList& args, qint64 killAfterMs, int killAtPercent) {
    QProcess p;
    p.start(QStringLiteral(EAGLEEYE_CLI_BINARY), args);
    Outcome o;
    if (!p.waitForStarted()) return o;
    QElapsedTimer clock;
    clock.start();
    while (!p.waitForFinished(1)) {
        o.err += p.readAllStandardError();
        if ((killAfterMs >= 0 && clock.elapsed() >= killAfterMs) || (killAtPercent >= 0 && lastPercent(o.err) >= killAtPercent)) {
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            p.waitForFinished(-1);
            break;
        }
    }
    o.err += p.readAllStandardError();
    o.finished = p.exitStatus() == QProcess::NormalExit;
    o.exitCode = p.exitCode();
    return o;
}

qint64 TestCrashSafety::timed(const QStringList& args) {
    QElapsedTimer clock;
    clock.start();
    const Outcome o = runAndKill(args, -1, -1);
    if (!o.finished || o.exitCode != 0) qWarning() << args << o.err;
    return o.finished && o.exitCode == 0 ? clock.elapsed() : -1;
}

QStringList TestCrashSafety::passphraseFile(bool encrypted, const char* passphrase) const {
    if (!encrypted) return {};
    return {"--passphrase-file", QString::fromStdString(passphrase == kPassphrase ? passphraseFile_ : otherPassphraseFile_)};
}

void TestCrashSafety::expectSound(const std::string& path) {
    QCOMPARE(integrityOf(path), std::string("ok;"));
    Store store = Store::open(path);
    QCOMPARE(store.foreignKeyViolations(), std::int64_t(0));
}

void TestCrashSafety::initTestCase() {
    const QByteArray seed = qgetenv("EAGLEEYE_CRASH_SEED");
    const quint32 s = seed.isEmpty() ? QRandomGenerator::global()->generate() : seed.toUInt();
    qInfo("seed %u (EAGLEEYE_CRASH_SEED=%u repeats this run)", s, s);
    random_.seed(s);

    // The market comes from the simulator and reaches the workspace the way a supervisor's data
    // does: exported tables, imported file by file, the trades in several files.
    passphraseFile_ = dir_.path("passphrase.txt");
    otherPassphraseFile_ = dir_.path("other-passphrase.txt");
    std::ofstream(passphraseFile_) << kPassphrase << "\n";
    std::ofstream(otherPassphraseFile_) << kOtherPassphrase << "\n";
    std::ostringstream out, err;
    const std::string source = dir_.path("source.eagle");
    QVERIFY(cli::run({"generate", "--institutions", "100", "--days", "120", "--seed", "5", "--out", source}, out, err) == 0);
    base_ = dir_.path("base.eagle");
    for (const char* table : {"institution", "relation", "instrument", "scenario", "market_daily", "balance_daily",
                              "risk_event", "trade"}) {
        const std::string csv = dir_.path((std::string(table) + ".csv").c_str());
        QVERIFY(cli::run({"export", source, "--table", table, "--out", csv}, out, err) == 0);
        if (std::string(table) == "trade") break;
        QVERIFY2(cli::run({"import", base_, csv, "--kind", "table", "--table", table}, out, err) == 0,
                 err.str().c_str());
    }
    std::ifstream trades(dir_.path("trade.csv"));
    std::string header, line;
    std::getline(trades, header);
    std::vector<std::string> rows;
    while (std::getline(trades, line)) rows.push_back(line);
    QVERIFY(rows.size() > 40000);
    for (int c = 0; c < kTradeChunks; ++c) {
        chunks_.push_back(dir_.path(("trades" + std::to_string(c) + ".csv").c_str()));
        std::ofstream chunk(chunks_.back());
        chunk << header << "\n";
        const std::size_t from = rows.size() * c / kTradeChunks, to = rows.size() * (c + 1) / kTradeChunks;
        for (std::size_t r = from; r < to; ++r) chunk << rows[r] << "\n";
        chunkRows_.push_back(static_cast<std::int64_t>(to - from));
    }
}

void TestCrashSafety::killedCommandsLeaveAllOrNothing_data() {
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    // The encrypting VFS under SQLite's log: the same promises, every byte on disk ciphertext.
    QTest::newRow("encrypted") << true;
}

void TestCrashSafety::killedCommandsLeaveAllOrNothing() {
    QFETCH(bool, encrypted);
    const std::string workspace = dir_.path(encrypted ? "encrypted.eagle" : "workspace.eagle");
    QVERIFY(std::filesystem::copy_file(base_, workspace));
    if (encrypted) encryptWorkspace(workspace, kPassphrase);
    const QString ws = QString::fromStdString(workspace);
    // The profiles alone: analyze also runs the shipped rules by default, as a second transaction
    // (a second run), and the rule run is killed as a step of its own below.
    const QStringList analyze = QStringList{"analyze", ws, "--no-rules"} + passphraseFile(encrypted);
    const QStringList rules = QStringList{"rules", ws, "--run", EAGLEEYE_RULES_LIBRARY} + passphraseFile(encrypted);
    const auto importChunk = [&](int c) {
        return QStringList{"import", ws, QString::fromStdString(chunks_[static_cast<std::size_t>(c)]), "--kind", "table",
                           "--table", "trade"} +
               passphraseFile(encrypted);
    };
    // Uninterrupted first: the first chunk, one analysis and one rule run, to time each command.
    const qint64 importMs = timed(importChunk(0));
    const qint64 analyzeMs = timed(analyze);
    const qint64 rulesMs = timed(rules);
    QVERIFY(importMs > 0 && analyzeMs > 0 && rulesMs > 0);
    qInfo("uninterrupted: import %lld ms, analyze %lld ms, rules %lld ms", importMs, analyzeMs, rulesMs);
    int nextChunk = 1;
    int killed = 0, midway = 0;

    for (int round = 0; round < kRounds; ++round) {
        struct Step {
            const char* what;
            QStringList args;
            qint64 ms;
        };
        const bool importing = nextChunk < kTradeChunks;
        std::vector<Step> steps;
        if (importing) steps.push_back({"import", importChunk(nextChunk), importMs});
        steps.push_back({"analyze", analyze, analyzeMs});
        steps.push_back({"rules", rules, rulesMs});
        for (const Step& step : steps) {
            const Snapshot before = snapshotOf(workspace);
            // Half the kills at a random time (start-up, opening, writing, committing), half when the
            // progress shown reaches a random point (in the middle of the transaction).
            const bool byProgress = step.args.front() != "rules" && random_.bounded(2) == 0;
            const qint64 afterMs = byProgress ? -1 : random_.bounded(static_cast<int>(step.ms * 11 / 10) + 1);
            const int atPercent = byProgress ? random_.bounded(100) : -1;
            const Outcome o = runAndKill(step.args, afterMs, atPercent);
            const QByteArray where = QByteArray(step.what) + " round " + QByteArray::number(round) +
                                     (byProgress ? " at " + QByteArray::number(atPercent) + "%"
                                                 : " after " + QByteArray::number(afterMs) + " ms");
            if (o.finished) QVERIFY2(o.exitCode == 0, (where + ": " + o.err).constData());
            killed += !o.finished;
            midway += !o.finished && lastPercent(o.err) >= 0;

            expectSound(workspace);
            if (QTest::currentTestFailed()) QFAIL(where.constData());
            const Snapshot after = snapshotOf(workspace);
            QVERIFY2(after.unfinishedImports == 0 && after.unfinishedRuns == 0, where.constData());
            QCOMPARE(after.importedTrades, after.trades);
            // Everything committed before the kill is still there, unchanged.
            for (const auto& [run, kind] : before.runs) {
                QVERIFY2(after.runs.count(run) && after.runs.at(run) == kind, where.constData());
                QCOMPARE(countOf(after.blocksOfRun, run), countOf(before.blocksOfRun, run));
                QCOMPARE(countOf(after.alertsOfRun, run), countOf(before.alertsOfRun, run));
            }
            // And the interrupted command left all of its work or none of it.
            const std::size_t newRuns = after.runs.size() - before.runs.size();
            if (step.args.front() == "import") {
                const std::int64_t added = after.trades - before.trades;
                QVERIFY2(added == 0 || added == chunkRows_[static_cast<std::size_t>(nextChunk)], where.constData());
                QCOMPARE(after.imports - before.imports, added ? std::int64_t(1) : std::int64_t(0));
                QCOMPARE(newRuns, std::size_t(0));
                if (o.finished) QVERIFY(added > 0);
                if (added) ++nextChunk;
            } else {
                QVERIFY2(newRuns <= 1, where.constData());
                if (o.finished) QCOMPARE(newRuns, std::size_t(1));
                QCOMPARE(after.trades, before.trades);
                if (newRuns == 1) {
                    const auto& [run, kind] = *after.runs.rbegin();
                    QCOMPARE(kind, std::string(step.args.front() == "analyze" ? "profile" : "rules"));
                    if (kind == "profile") QVERIFY(countOf(after.blocksOfRun, run) > 0);
                } else {
                    QCOMPARE(after.rules, before.rules);
                }
            }
        }
    }
    // Every chunk goes in in the end, even those whose import was killed: nothing half-imported
    // blocks a retry as "already imported".
    for (; nextChunk < kTradeChunks; ++nextChunk) QVERIFY(timed(importChunk(nextChunk)) > 0);
    std::int64_t all = 0;
    for (std::int64_t n : chunkRows_) all += n;
    QCOMPARE(snapshotOf(workspace).trades, all);
    qInfo("%d of %d commands killed, %d of them after showing progress", killed, kRounds * 3, midway);
    QVERIFY(killed > 0);
    QCOMPARE(key_header::isEncrypted(workspace), encrypted);
}

void TestCrashSafety::killedGenerateKeepsTheOldWorkspace_data() {
    QTest::addColumn<bool>("encrypted");
    QTest::newRow("plain") << false;
    // Replacing an encrypted workspace gives an encrypted one, under the same passphrase.
    QTest::newRow("encrypted") << true;
}

void TestCrashSafety::killedGenerateKeepsTheOldWorkspace() {
    QFETCH(bool, encrypted);
    const std::string path = dir_.path(encrypted ? "replaced-encrypted.eagle" : "replaced.eagle");
    const QString file = QString::fromStdString(path);
    const auto generate = [&](const char* seed) {
        return QStringList{"generate", "--institutions", "40", "--days", "40", "--seed", seed, "--out", file, "--force"} +
               passphraseFile(encrypted);
    };
    const qint64 ms = timed(generate("1") + (encrypted ? QStringList{"--encrypt"} : QStringList{}));
    QVERIFY(ms > 0);
    QVERIFY(unlockIfEncrypted(path));
    const std::string oldHash = Store::openReadOnly(path).contentHash();
    QVERIFY(timed(generate("2")) > 0);
    QVERIFY(unlockIfEncrypted(path));
    const std::string newHash = Store::openReadOnly(path).contentHash();
    QVERIFY(oldHash != newHash);
    QVERIFY(timed(generate("1")) > 0);
    for (int round = 0; round < 6; ++round) {
        const Outcome o = runAndKill(generate(round % 2 ? "1" : "2"), random_.bounded(static_cast<int>(ms * 12 / 10) + 1), -1);
        // Whatever the moment: the old market or the new one, complete, never neither.
        QCOMPARE(key_header::isEncrypted(path), encrypted);
        QVERIFY(unlockIfEncrypted(path));
        const std::string hash = Store::openReadOnly(path).contentHash();
        expectSound(path);
        if (QTest::currentTestFailed()) return;
        QVERIFY2(hash == oldHash || hash == newHash, qPrintable(QString("round %1").arg(round)));
        if (o.finished) QCOMPARE(hash, round % 2 ? oldHash : newHash);
    }
}

void TestCrashSafety::killedEncryptionKeepsOneWholeWorkspace() {
    // encrypt, decrypt and passwd each write the new file beside the old and rename it into
    // place: killed at any moment, the workspace is the old file or the new, whole, and its
    // content never changes.
    const std::string path = dir_.path("protected.eagle");
    QVERIFY(std::filesystem::copy_file(base_, path));
    std::ostringstream out, err;
    for (const std::string& chunk : chunks_)
        QVERIFY(cli::run({"import", path, chunk, "--kind", "table", "--table", "trade"}, out, err) == 0);
    const std::string content = Store::openReadOnly(path).contentHash();
    const QString file = QString::fromStdString(path);
    const char* current = kPassphrase;
    QStringList encrypt = QStringList{"encrypt", file} + passphraseFile(true);
    const qint64 ms = timed(encrypt);
    QVERIFY(ms > 0);
    const auto auditTrail = [&] {
        Store store = Store::openReadOnly(path);
        std::vector<std::string> actions;
        for (const AuditEntry& e : AuditLog(store.database()).entries())
            if (e.action != "import") actions.push_back(e.action);
        return actions;
    };
    QVERIFY(unlockIfEncrypted(path));
    std::vector<std::string> trail = auditTrail();
    QCOMPARE(trail, std::vector<std::string>{"encrypt"});
    int killed = 0, midway = 0;
    for (int round = 0; round < 8; ++round) {
        QStringList args;
        const char* next = current == kPassphrase ? kOtherPassphrase : kPassphrase;
        const bool wasEncrypted = key_header::isEncrypted(path);
        if (!wasEncrypted) args = QStringList{"encrypt", file} + passphraseFile(true, next);
        else if (random_.bounded(2)) args = QStringList{"decrypt", file} + passphraseFile(true, current);
        else
            args = QStringList{"passwd", file} + passphraseFile(true, current) +
                   QStringList{"--new-passphrase-file", QString::fromStdString(next == kPassphrase ? passphraseFile_ : otherPassphraseFile_)};
        // Half at a random time (most of it the key derivation), half when the copy's progress
        // shown reaches a random point.
        const bool byProgress = random_.bounded(2) == 0;
        const Outcome o = byProgress ? runAndKill(args, -1, random_.bounded(100))
                                     : runAndKill(args, random_.bounded(static_cast<int>(ms * 13 / 10) + 1), -1);
        if (o.finished) QVERIFY2(o.exitCode == 0, o.err.constData());
        killed += !o.finished;
        midway += !o.finished && lastPercent(o.err) >= 0;
        QVERIFY(!std::filesystem::exists(path + ".partial") || !o.finished);
        Keyring::instance().forgetAll();
        QVERIFY2(unlockIfEncrypted(path), qPrintable(QString("round %1: %2").arg(round).arg(args.join(' '))));
        QCOMPARE(Store::openReadOnly(path).contentHash(), content);
        expectSound(path);
        if (QTest::currentTestFailed()) return;
        // Which passphrase opens it now tells whether a passwd took effect.
        const char* before = current;
        if (key_header::isEncrypted(path)) {
            try {
                WorkspaceKey::unlock(key_header::read(path), kPassphrase, path);
                current = kPassphrase;
            } catch (const WrongPassphrase&) {
                current = kOtherPassphrase;
            }
        }
        if (o.finished) QCOMPARE(key_header::isEncrypted(path), args.front() != "decrypt");
        // The audit entry arrived exactly when the change did: it is written into the new file.
        const bool changed = key_header::isEncrypted(path) != wasEncrypted || (wasEncrypted && current != before);
        if (changed) trail.push_back(args.front() == "passwd" ? "passphrase_changed" : args.front().toStdString());
        QCOMPARE(auditTrail(), trail);
    }
    qInfo("%d of 8 protection commands killed, %d of them while copying", killed, midway);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
