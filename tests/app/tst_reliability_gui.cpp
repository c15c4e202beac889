// The workstation's side of reliability: a workspace it cannot open gets a message box naming the
// file and the reason (not a crash, not a blank window), and the audit log is shown read-only.

#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "Cli.h"
#include "Database.h"
#include "JobRunner.h"
#include "MainWindow.h"
#include "Schema.h"
#include "Store.h"
#include "WorkspaceController.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <sstream>

using namespace eagle;

class TestReliabilityGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newerWorkspaceShowsTheReason();
    void auditLogIsShownReadOnly();

private:
    test::TestWorkspace dir_;
    std::string market_;
};

void TestReliabilityGui::initTestCase() {
    market_ = dir_.path("market.eagle");
    std::ostringstream out, err;
    QCOMPARE(cli::run({"generate", "--institutions", "20", "--days", "20", "--seed", "4", "--out", market_}, out, err), 0);
}

void TestReliabilityGui::newerWorkspaceShowsTheReason() {
    const std::string ws = dir_.path("newer.eagle");
    QVERIFY(QFile::copy(QString::fromStdString(market_), QString::fromStdString(ws)));
    {
        Database db(ws, Database::Mode::ReadWrite);
        db.exec("PRAGMA user_version = " + std::to_string(schema::latestVersion() + 1));
    }
    MainWindow window;
    window.show();
    // The box runs its own event loop: read and close it from a timer that runs inside that loop.
    QString shown;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    watcher.start(50);
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QVERIFY2(shown.startsWith(QString::fromStdString(ws) + ": the workspace was written by a newer EagleEye"),
             qPrintable(shown));
    QVERIFY(!window.workspace().isOpen());
}

void TestReliabilityGui::auditLogIsShownReadOnly() {
    const std::string ws = dir_.path("audited.eagle");
    QVERIFY(QFile::copy(QString::fromStdString(market_), QString::fromStdString(ws)));
    AuditLog::recordIn(ws, "export", "/tmp/a.csv", "trade: 12 rows");
    AuditLog::recordIn(ws, "stress_test", "JSB001", "debtrank on the last day: loss 1.00, 0 defaults");
    {
        AuditLogDialog dialog(QString::fromStdString(ws));
        QCOMPARE(dialog.entries(), 2);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Export"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("JSB001"));
        QCOMPARE(table->item(0, 1)->text(), QString::fromStdString(AuditLog::currentUser()));
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY2(dialog.verdict().contains("hash chain is intact"), qPrintable(dialog.verdict()));
    }
    {
        Database db(ws, Database::Mode::ReadWrite);
        db.exec("DROP TRIGGER audit_log_no_update");
        db.exec("UPDATE audit_log SET detail = 'trade: 0 rows' WHERE id = 1");
    }
    AuditLogDialog altered(QString::fromStdString(ws));
    QVERIFY2(altered.verdict().contains("altered outside EagleEye: entry 1"), qPrintable(altered.verdict()));

    // And from the menu of a window with the workspace open.
    MainWindow window;
    window.show();
    window.openWorkspace(QString::fromStdString(ws));
    QTRY_VERIFY_WITH_TIMEOUT(window.workspace().isOpen(), 120000);
    auto* action = window.findChild<QAction*>(QStringLiteral("auditLogAction"));
    QVERIFY(action);
    action->trigger();
    AuditLogDialog* shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<AuditLogDialog*>()) != nullptr && shown->isVisible());
    QCOMPARE(shown->entries(), 2);
    shown->close();
    window.jobs().waitForIdle();
}

QTEST_MAIN(TestReliabilityGui)
#include "tst_reliability_gui.moc"
