// The import wizard and the export dialog, offscreen: preview as read, validate (nothing kept),
// import in the background, the history dialog, and export of a table.

#include "ExportDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "JobRunner.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace eagle;

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void previewsValidatesAndImports();
    void exportsATable();

private:
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
    QTemporaryDir dir_;
};

void TestImportWizard::previewsValidatesAndImports() {
    const std::string ws = path("w.eagle");
    {
        Store s = Store::create(ws);
        for (const char* code : {"A", "B"}) {
            Institution i;
            i.code = code;
            i.name = code;
            s.add(i);
        }
    }
    const std::string csv = path("t.csv");
    std::ofstream(csv) << "成交编号;成交日期;交易品种;买方;卖方;成交金额\nT1;2025-01-02;回购;A;B;100\nT2;2025-01-02;回购;A;Z;5\n";
    JobRunner jobs;
    ImportWizard wizard(jobs, QString::fromStdString(ws));
    wizard.setFiles({QString::fromStdString(csv)});
    wizard.setKind("trades");
    wizard.refreshPreview();
    const QTableWidget& preview = wizard.previewTable();
    QCOMPARE(preview.rowCount(), 2);
    QVERIFY(preview.horizontalHeaderItem(6)->text().contains(QString::fromUtf8("卖方")));
    QCOMPARE(preview.item(1, 6)->text(), QStringLiteral("Z"));

    QSignalSpy finished(&wizard, &ImportWizard::jobFinished);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.validateFiles();
    QVERIFY(finished.wait(10000));
    QVERIFY(wizard.resultText().contains("Validation only"));
    QVERIFY(wizard.resultText().contains(QString::fromUtf8("line 3, column 卖方: unknown institution code 'Z'")));
    QCOMPARE(imported.count(), 0);

    wizard.setAcceptValid(true);
    wizard.importFiles();
    QVERIFY(finished.wait(10000));
    QCOMPARE(imported.count(), 1);
    QVERIFY2(wizard.resultText().contains("2 rows read, 1 imported, 1 rejected"), qPrintable(wizard.resultText()));
    ImportHistoryDialog history(QString::fromStdString(ws));
    QCOMPARE(history.imports(), 1);
}

void TestImportWizard::exportsATable() {
    const std::string ws = path("e.eagle");
    {
        Store s = Store::create(ws);
        s.add(MarketDaily{"DR007", Date::fromYmd(2025, 1, 2), 1.82, std::nullopt});
    }
    JobRunner jobs;
    ExportDialog dialog(jobs, QString::fromStdString(ws));
    dialog.setTable("market_daily");
    dialog.setBom(true);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    const QString out = dir_.filePath("m.csv");
    dialog.exportTo(out);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(1).toLongLong(), 1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("\xEF\xBB\xBFseries,day,close,yield\nDR007,2025-01-02,1.8200000000000001,\n"));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
