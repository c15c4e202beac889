// The workstation with encrypted workspaces: opening one asks for its passphrase in a password
// field (a wrong one is asked again, cancelling leaves it closed); File → Encrypt workspace…,
// Change passphrase… and Remove encryption… rewrite the open workspace; and no passphrase reaches
// the settings file, the recent workspaces or the log.

#include "AuditLog.h"
#include "Cli.h"
#include "JobRunner.h"
#include "Keyring.h"
#include "MainWindow.h"
#include "RecentWorkspaces.h"
#include "Store.h"
#include "TestSupport.h"
#include "WorkspaceController.h"
#include "WorkspaceProtection.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <deque>
#include <filesystem>
#include <sstream>

using namespace eagle;

namespace {

constexpr const char* kFirst = "Camellia 4 by the Pearl River";
constexpr const char* kSecond = "Bamboo 6 in the Li valley";

QString logged;  // every message the process logged during the test
QtMessageHandler previousHandler = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    logged += message + QLatin1Char('\n');
    if (previousHandler) previousHandler(type, context, message);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestProtectionGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void openingAsksForThePassphrase();
    void cancellingLeavesItClosed();
    void encryptChangeAndDecryptFromTheMenu();
    void noPassphraseInSettingsOrLog();

private:
    // Answers the passphrase dialogs in turn (an empty optional cancels) and accepts message boxes.
    void answer(std::deque<std::optional<QString>> answers);
    // Waits until the window's background work, and the work its results start, has finished.
    static void settle(MainWindow& window);
    std::string copyOfMarket(const char* name);

    test::TestWorkspace dir_;
    QTemporaryDir settings_;
    std::string market_;
    QTimer watcher_;
    std::deque<std::optional<QString>> answers_;
    QStringList labels_;       // the labels of the passphrase dialogs shown
    QStringList boxes_;        // the texts of the message boxes shown
    bool allPasswordFields_ = true;
};

void TestProtectionGui::initTestCase() {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EagleEyeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_protection_gui"));
    previousHandler = qInstallMessageHandler(keepMessage);
    market_ = dir_.path("market.eagle");
    std::ostringstream out, err;
    QCOMPARE(cli::run({"generate", "--institutions", "20", "--days", "20", "--seed", "4", "--out", market_}, out, err), 0);
    // The box and dialogs run their own event loops: a timer inside them answers.
    connect(&watcher_, &QTimer::timeout, this, [this] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QInputDialog*>(modal)) {
            labels_ << dialog->labelText();
            allPasswordFields_ &= dialog->textEchoMode() == QLineEdit::Password;
            const std::optional<QString> next = answers_.empty() ? std::nullopt : answers_.front();
            if (!answers_.empty()) answers_.pop_front();
            if (next) {
                dialog->setTextValue(*next);
                dialog->accept();
            } else {
                dialog->reject();
            }
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            boxes_ << box->text();
            if (QAbstractButton* yes = box->button(QMessageBox::Yes)) yes->click();
            else box->accept();
        }
    });
    watcher_.start(30);
}

void TestProtectionGui::answer(std::deque<std::optional<QString>> answers) {
    answers_ = std::move(answers);
    labels_.clear();
    boxes_.clear();
}

void TestProtectionGui::settle(MainWindow& window) {
    for (int quiet = 0; quiet < 5;) {
        QTest::qWait(50);
        quiet = window.jobs().activeJobs() == 0 ? quiet + 1 : 0;
    }
}

std::string TestProtectionGui::copyOfMarket(const char* name) {
    const std::string path = dir_.path(name);
    std::filesystem::copy_file(market_, path);
    return path;
}

void TestProtectionGui::openingAsksForThePassphrase() {
    const std::string ws = copyOfMarket("sealed.eagle");
    encryptWorkspace(ws, kFirst);
    Keyring::instance().forgetAll();
    MainWindow window;
    window.show();
    answer({QString::fromUtf8("camellia"), QString::fromUtf8(kFirst)});
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace().isOpen(), 120000);
    QCOMPARE(labels_.size(), 2);
    QVERIFY2(labels_[0].contains(QStringLiteral("sealed.eagle is encrypted")), qPrintable(labels_[0]));
    QVERIFY2(labels_[1].startsWith(QStringLiteral("Wrong passphrase")), qPrintable(labels_[1]));
    QVERIFY(allPasswordFields_);
    QCOMPARE(window.workspace().snapshot().institutions.size(), std::size_t(20));
    // The menu offers what fits an encrypted workspace.
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("encryptAction"))->isEnabled());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->isEnabled());
    window.jobs().waitForIdle();
}

void TestProtectionGui::cancellingLeavesItClosed() {
    const std::string ws = dir_.path("sealed.eagle");
    Keyring::instance().forgetAll();
    MainWindow window;
    window.show();
    answer({std::nullopt});
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_COMPARE(labels_.size(), 1);
    QTest::qWait(300);
    window.jobs().waitForIdle();
    QVERIFY(!window.workspace().isOpen());
    QVERIFY(boxes_.isEmpty());  // no error: the person chose not to open it
    QVERIFY(!Keyring::instance().isUnlocked(ws));
}

void TestProtectionGui::encryptChangeAndDecryptFromTheMenu() {
    const std::string ws = copyOfMarket("menu.eagle");
    const std::string content = Store::openReadOnly(ws).contentHash();
    MainWindow window;
    window.show();
    answer({});
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace().isOpen(), 120000);
    QVERIFY(labels_.isEmpty());  // a plain workspace opens without a question
    settle(window);

    // Two different passphrases change nothing; the same twice encrypts it.
    answer({QString::fromUtf8(kFirst), QString::fromUtf8(kSecond)});
    window.findChild<QAction*>(QStringLiteral("encryptAction"))->trigger();
    QCOMPARE(boxes_.size(), 1);
    QVERIFY2(boxes_[0].contains(QStringLiteral("differ")), qPrintable(boxes_[0]));
    QVERIFY(!key_header::isEncrypted(ws));
    answer({QString::fromUtf8(kFirst), QString::fromUtf8(kFirst)});
    window.findChild<QAction*>(QStringLiteral("encryptAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!boxes_.isEmpty(), 60000);
    settle(window);
    QVERIFY(key_header::isEncrypted(ws));
    QVERIFY2(boxes_.last().contains(QStringLiteral("Keep the passphrase safe")), qPrintable(boxes_.last()));
    QVERIFY(allPasswordFields_);
    QVERIFY(!fileBytes(QString::fromStdString(ws)).contains("LB001"));
    // Still open and working: the next job reads it through its key.
    answer({});
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace().isOpen(), 120000);
    settle(window);
    QVERIFY(labels_.isEmpty());

    // Change passphrase: the current one, then the new one twice.
    answer({QString::fromUtf8(kFirst), QString::fromUtf8(kSecond), QString::fromUtf8(kSecond)});
    window.findChild<QAction*>(QStringLiteral("changePassphraseAction"))->trigger();
    QTRY_COMPARE(labels_.size(), 3);
    settle(window);
    QVERIFY_THROWS_EXCEPTION(WrongPassphrase, WorkspaceKey::unlock(key_header::read(ws), kFirst, ws));
    QVERIFY(WorkspaceKey::unlock(key_header::read(ws), kSecond, ws) != nullptr);

    // Remove encryption: confirmed, and only with the passphrase.
    answer({QString::fromUtf8(kFirst)});
    window.findChild<QAction*>(QStringLiteral("decryptAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(boxes_.size() == 2, 60000);
    settle(window);
    QVERIFY2(boxes_[1].contains(QStringLiteral("Wrong passphrase")), qPrintable(boxes_[1]));
    QVERIFY(key_header::isEncrypted(ws));
    answer({QString::fromUtf8(kSecond)});
    window.findChild<QAction*>(QStringLiteral("decryptAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!key_header::isEncrypted(ws) && window.jobs().activeJobs() == 0, 60000);
    QVERIFY2(boxes_.first().contains(QStringLiteral("unencrypted")), qPrintable(boxes_.first()));
    QCOMPARE(Store::openReadOnly(ws).contentHash(), content);
    QVERIFY(window.findChild<QAction*>(QStringLiteral("encryptAction"))->isEnabled());
    // Each change is in the audit log, by whom and when, without a passphrase.
    Store store = Store::openReadOnly(ws);
    QStringList actions;
    for (const AuditEntry& e : AuditLog(store.database()).entries()) {
        actions << QString::fromStdString(e.action);
        for (const char* secret : {kFirst, kSecond}) QVERIFY(!QString::fromStdString(e.detail + e.target).contains(secret));
    }
    QCOMPARE(actions, (QStringList{"encrypt", "passphrase_changed", "decrypt"}));
}

void TestProtectionGui::noPassphraseInSettingsOrLog() {
    QSettings settings;
    settings.sync();
    const QByteArray stored = fileBytes(settings.fileName());
    QVERIFY2(!stored.isEmpty(), qPrintable(settings.fileName()));
    // What the settings do hold: the recent workspaces, by path.
    QVERIFY(RecentWorkspaces::list().contains(QString::fromStdString(dir_.path("sealed.eagle"))));
    QVERIFY(stored.contains("sealed.eagle"));
    for (const char* secret : {kFirst, kSecond, "camellia"}) {
        QVERIFY2(!stored.contains(secret), secret);
        QVERIFY2(!logged.contains(QString::fromUtf8(secret), Qt::CaseInsensitive), secret);
    }
    // And the encrypted workspace's bytes show neither the passphrase nor the institutions.
    const QByteArray sealed = fileBytes(QString::fromStdString(dir_.path("sealed.eagle")));
    QVERIFY(!sealed.contains(kFirst));
    QVERIFY(!sealed.contains("LB001"));
    QVERIFY(!sealed.contains("SQLite format 3"));
}

QTEST_MAIN(TestProtectionGui)
#include "tst_protection_gui.moc"
