// eagleeye-cli with encrypted workspaces: encrypt, decrypt and passwd; the passphrase from a file,
// the environment or the terminal (without echo), never from an argument; clear refusals without
// it or with a wrong one; and no passphrase in anything the CLI prints.

#include "Cli.h"
#include "Store.h"
#include "TestSupport.h"
#include "WorkspaceKey.h"

#include <QTest>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace eagle;

namespace {

constexpr const char* kPassphrase = "Peony 5 at the Yuyuan gate";
constexpr const char* kNewPassphrase = "Lotus 9 on the West Lake";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Runs eagleeye-cli on a pseudo-terminal of its own (its /dev/tty) and answers each prompt that
// starts with a key in `answers`, in order; returns what the terminal showed and the exit code.
std::pair<std::string, int> atTerminal(const std::vector<std::string>& args, const std::vector<std::pair<std::string, std::string>>& answers) {
    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
    if (child == 0) {
        ::unsetenv("EAGLEEYE_PASSPHRASE");
        std::vector<char*> argv{const_cast<char*>(EAGLEEYE_CLI_BINARY)};
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(EAGLEEYE_CLI_BINARY, argv.data());
        ::_exit(127);
    }
    std::string shown;
    std::size_t next = 0, searchedTo = 0;
    char buffer[4096];
    for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;) {
        shown.append(buffer, static_cast<std::size_t>(n));
        if (next < answers.size()) {
            const auto at = shown.find(answers[next].first, searchedTo);
            if (at != std::string::npos) {
                searchedTo = at + answers[next].first.size();
                const std::string line = answers[next++].second + "\n";
                (void)!::write(master, line.data(), line.size());
            }
        }
    }
    ::close(master);
    int status = 0;
    ::waitpid(child, &status, 0);
    return {shown, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

}  // namespace

class TestEncryptionCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void encryptOpenChangeDecrypt();
    void passphraseIsNeverAnArgument();
    void generateEncryptedAndReplaceIt();
    void terminalAsksWithoutEcho();
    void cleanupTestCase();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        const int code = cli::run(args, out_, err_);
        printed_ += out_.str() + err_.str();
        return code;
    }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
    std::string printed_;  // everything the CLI printed in this test
    std::string market_, passphraseFile_, newPassphraseFile_, wrongFile_;
};

void TestEncryptionCli::initTestCase() {
    ::unsetenv("EAGLEEYE_PASSPHRASE");
    // In-process runs must never ask whoever started the test at their terminal.
    QVERIFY(std::freopen("/dev/null", "r", stdin));
    market_ = dir_.path("market.eagle");
    QCOMPARE(run({"generate", "--institutions", "20", "--days", "20", "--seed", "6", "--out", market_}), 0);
    passphraseFile_ = dir_.path("pass.txt");
    newPassphraseFile_ = dir_.path("new-pass.txt");
    wrongFile_ = dir_.path("wrong.txt");
    std::ofstream(passphraseFile_) << kPassphrase << "\n";
    std::ofstream(newPassphraseFile_) << kNewPassphrase << "\r\n";  // a Windows editor's line end
    std::ofstream(wrongFile_) << "peony 5 at the yuyuan gate\n";
}

void TestEncryptionCli::encryptOpenChangeDecrypt() {
    const std::string ws = dir_.path("ws.eagle");
    QVERIFY(std::filesystem::copy_file(market_, ws));
    QCOMPARE(run({"info", ws}), 0);
    // Encrypting adds one entry to the audit log; info shows nothing else changed.
    std::string plainInfo = out_.str();
    const std::string noEntries = "audit_log                    0\n";
    QVERIFY2(contains(plainInfo, noEntries), plainInfo.c_str());
    plainInfo.replace(plainInfo.find(noEntries), noEntries.size(), "audit_log                    1\n");
    QCOMPARE(run({"encrypt", ws, "--passphrase-file", passphraseFile_}), 0);
    QCOMPARE(out_.str(), "encrypted " + ws + "\n");
    QVERIFY(key_header::isEncrypted(ws));
    QCOMPARE(run({"encrypt", ws, "--passphrase-file", passphraseFile_}), 1);
    QVERIFY2(contains(err_.str(), "encrypted already"), err_.str().c_str());

    // No passphrase: a refusal that says how to give one. A wrong one: said so.
    QCOMPARE(run({"info", ws}), 1);
    QVERIFY2(contains(err_.str(), ws + ": the workspace is encrypted; give its passphrase (--passphrase-file FILE, the "
                                       "environment variable EAGLEEYE_PASSPHRASE, or at a terminal)"),
             err_.str().c_str());
    QCOMPARE(run({"info", ws, "--passphrase-file", wrongFile_}), 1);
    QVERIFY2(contains(err_.str(), ws + ": wrong passphrase"), err_.str().c_str());
    QCOMPARE(run({"info", ws, "--passphrase-file", dir_.path("missing.txt")}), 2);
    QVERIFY2(contains(err_.str(), "cannot read the passphrase file"), err_.str().c_str());

    QCOMPARE(run({"info", ws, "--passphrase-file", passphraseFile_}), 0);
    QCOMPARE(out_.str(), plainInfo);
    ::setenv("EAGLEEYE_PASSPHRASE", kPassphrase, 1);
    QCOMPARE(run({"info", ws}), 0);
    ::unsetenv("EAGLEEYE_PASSPHRASE");
    // Each command forgets its keys: the next one needs the passphrase again.
    QCOMPARE(run({"info", ws}), 1);

    // Work on it encrypted, then change the passphrase: the work stays, the old one no longer opens it.
    QCOMPARE(run({"analyze", ws, "--passphrase-file", passphraseFile_}), 0);
    QVERIFY2(contains(out_.str(), "profile run 1: 20 institutions"), out_.str().c_str());
    QVERIFY(!contains(test::fileBytes(ws), "LB001"));
    QCOMPARE(run({"passwd", ws, "--passphrase-file", wrongFile_, "--new-passphrase-file", newPassphraseFile_}), 1);
    QVERIFY(contains(err_.str(), "wrong passphrase"));
    QCOMPARE(run({"passwd", ws, "--passphrase-file", passphraseFile_, "--new-passphrase-file", newPassphraseFile_}), 0);
    QCOMPARE(run({"info", ws, "--passphrase-file", passphraseFile_}), 1);
    QCOMPARE(run({"info", ws, "--passphrase-file", newPassphraseFile_}), 0);
    QVERIFY2(contains(out_.str(), "feature"), out_.str().c_str());

    QCOMPARE(run({"decrypt", ws, "--passphrase-file", passphraseFile_}), 1);
    QVERIFY(key_header::isEncrypted(ws));
    QCOMPARE(run({"decrypt", ws, "--passphrase-file", newPassphraseFile_}), 0);
    QVERIFY(!key_header::isEncrypted(ws));
    QCOMPARE(run({"info", ws}), 0);
    QVERIFY(contains(out_.str(), "feature"));
    QCOMPARE(run({"passwd", ws, "--passphrase-file", passphraseFile_}), 1);
    QVERIFY(contains(err_.str(), "not encrypted"));
    // The audit log lists the three changes, and no passphrase.
    QCOMPARE(run({"audit", ws}), 0);
    const std::string trail = out_.str();
    QVERIFY2(contains(trail, "  encrypt  ") && contains(trail, "  passphrase_changed  ") && contains(trail, "  decrypt  "),
             trail.c_str());
    QVERIFY2(contains(err_.str(), "entries, hash chain intact"), err_.str().c_str());
    QVERIFY(!contains(trail, kPassphrase) && !contains(trail, kNewPassphrase));
}

void TestEncryptionCli::passphraseIsNeverAnArgument() {
    for (const char* option : {"--passphrase", "--new-passphrase"}) {
        QCOMPARE(run({"info", market_, option, "Chrysanthemum 2"}), 2);
        QVERIFY2(contains(err_.str(), "never given as an argument"), err_.str().c_str());
        QVERIFY(!contains(err_.str(), "Chrysanthemum"));
    }
    QCOMPARE(run({"encrypt", "--help"}), 0);
    QVERIFY(contains(out_.str(), "--passphrase-file"));
    QVERIFY(contains(out_.str(), "EAGLEEYE_PASSPHRASE"));
}

void TestEncryptionCli::generateEncryptedAndReplaceIt() {
    const std::string ws = dir_.path("generated.eagle");
    QCOMPARE(run({"generate", "--institutions", "12", "--days", "10", "--out", ws, "--encrypt", "--passphrase-file", passphraseFile_}), 0);
    QVERIFY(key_header::isEncrypted(ws));
    QCOMPARE(run({"info", ws, "--passphrase-file", passphraseFile_}), 0);
    // Replacing it keeps it encrypted, under the same passphrase; without it, it is left alone.
    QCOMPARE(run({"generate", "--institutions", "14", "--days", "10", "--out", ws, "--force"}), 1);
    QVERIFY(contains(err_.str(), "encrypted; give its passphrase"));
    QCOMPARE(run({"generate", "--institutions", "14", "--days", "10", "--out", ws, "--force", "--passphrase-file", passphraseFile_}), 0);
    QVERIFY(key_header::isEncrypted(ws));
    QCOMPARE(run({"info", ws, "--passphrase-file", passphraseFile_}), 0);
    QVERIFY2(contains(out_.str(), "institution") && contains(out_.str(), "14"), out_.str().c_str());
}

void TestEncryptionCli::terminalAsksWithoutEcho() {
    const std::string ws = dir_.path("typed.eagle");
    QVERIFY(std::filesystem::copy_file(market_, ws));
    // Asked twice; a mismatch changes nothing.
    auto [shown, code] = atTerminal({"encrypt", ws}, {{"New passphrase", kPassphrase}, {"same passphrase again", "typo"}});
    QCOMPARE(code, 2);
    QVERIFY2(contains(shown, "the two passphrases differ"), shown.c_str());
    QVERIFY(!key_header::isEncrypted(ws));
    std::tie(shown, code) = atTerminal({"encrypt", ws}, {{"New passphrase", kPassphrase}, {"same passphrase again", kPassphrase}});
    QCOMPARE(code, 0);
    QVERIFY(key_header::isEncrypted(ws));
    QVERIFY2(!contains(shown, kPassphrase), shown.c_str());  // not echoed
    // A wrong answer is asked again (three tries), a right one opens it.
    std::tie(shown, code) = atTerminal({"info", ws}, {{"Passphrase for " + ws, "nope"}, {"Wrong passphrase", kPassphrase}});
    QCOMPARE(code, 0);
    QVERIFY2(contains(shown, "schema version"), shown.c_str());
    QVERIFY(!contains(shown, kPassphrase) && !contains(shown, "nope"));
    printed_ += shown;
}

void TestEncryptionCli::cleanupTestCase() {
    // Nothing the CLI printed in any of the runs above holds a passphrase.
    for (const char* secret : {kPassphrase, kNewPassphrase, "peony 5 at the yuyuan gate"})
        QVERIFY2(!contains(printed_, secret), secret);
}

QTEST_GUILESS_MAIN(TestEncryptionCli)
#include "tst_encryption_cli.moc"
