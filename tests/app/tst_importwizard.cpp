// The import wizard and the export dialog, offscreen: preview as read, validate (nothing kept),
// import in the background, the history dialog, mapping edits in the preview with undo and redo
// by keyboard, a mapping saved by name and reused, and export of a table.

#include "ExportDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "ImportSession.h"
#include "JobRunner.h"
#include "MappingCatalog.h"
#include "Store.h"

#include <QComboBox>
#include <QPushButton>
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
    void editsTheMappingInThePreviewWithUndo();
    void cancelledImportLeavesTheWorkspaceAsItWas();
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
    QCOMPARE(preview.rowCount(), ImportWizard::kFirstPreviewRow + 2);
    QVERIFY(preview.horizontalHeaderItem(6)->text().contains(QString::fromUtf8("卖方")));
    QCOMPARE(preview.item(ImportWizard::kFirstPreviewRow + 1, 6)->text(), QStringLiteral("Z"));

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

// A desk's file names the counterparty in a column EagleEye does not know (对手方) next to one
// it reads as the seller by default (卖方, here the desk's own code). The user points the seller
// at 对手方 in the preview, undoes and redoes that by keyboard, saves the mapping by name, and
// a second wizard (and the import itself) reuses it.
void TestImportWizard::editsTheMappingInThePreviewWithUndo() {
    const std::string ws = path("m.eagle");
    {
        Store s = Store::create(ws);
        for (const char* code : {"DESK", "C1", "C2"}) {
            Institution i;
            i.code = code;
            i.name = code;
            s.add(i);
        }
    }
    const std::string csv = path("desk.csv");
    std::ofstream(csv) << "成交编号,成交日期,交易品种,买方,卖方,对手方,成交金额\n"
                          "T1,2025-01-02,回购,DESK,DESK,C1,100\nT2,2025-01-03,回购,DESK,DESK,C2,200\n";
    JobRunner jobs;
    ImportWizard wizard(jobs, QString::fromStdString(ws));
    wizard.setFiles({QString::fromStdString(csv)});
    wizard.setKind("trades");
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.next();  // the preview page
    const QTableWidget& preview = wizard.previewTable();
    const int first = ImportWizard::kFirstPreviewRow;
    int seller = -1;
    for (int c = 0; c < preview.columnCount(); ++c)
        if (preview.horizontalHeaderItem(c)->text().startsWith("seller")) seller = c;
    QVERIFY(seller >= 0);
    const auto cell = [&](const ImportWizard& w, int row) {
        const QTableWidgetItem* item = w.previewTable().item(first + row, seller);
        return item ? item->text() : QString();
    };
    const auto sellerCell = [&](int row) { return cell(wizard, row); };
    const auto chooser = [&] { return qobject_cast<QComboBox*>(preview.cellWidget(0, seller)); };
    QTRY_COMPARE(sellerCell(1), QStringLiteral("DESK"));
    QVERIFY(chooser());
    QCOMPARE(chooser()->currentText(), QString::fromUtf8("automatic: 卖方"));

    chooser()->setCurrentIndex(chooser()->findText(QString::fromUtf8("对手方")));
    QTRY_COMPARE(sellerCell(1), QStringLiteral("C2"));
    QCOMPARE(sellerCell(0), QStringLiteral("C1"));
    QVERIFY(preview.horizontalHeaderItem(seller)->text().contains(QString::fromUtf8("对手方")));
    QCOMPARE(chooser()->currentText(), QString::fromUtf8("对手方"));
    QCOMPARE(wizard.mappingDocument().undoStack().count(), 1);

    QTest::keyClick(&wizard, Qt::Key_Z, Qt::ControlModifier);  // undo
    QTRY_COMPARE(sellerCell(1), QStringLiteral("DESK"));
    QCOMPARE(chooser()->currentIndex(), 0);
    QVERIFY(wizard.mappingDocument().mapping().fields.count("seller") == 0);
    QTest::keyClick(&wizard, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo
    QTRY_COMPARE(sellerCell(1), QStringLiteral("C2"));
    QCOMPARE(wizard.mappingDocument().mapping().fields.at("seller").column, std::string("对手方"));

    QCOMPARE(wizard.saveMappingAs("chinabond_curve").has_value(), true);  // a shipped name is refused
    QCOMPARE(wizard.saveMappingAs("  "), std::optional<QString>(QString("A saved mapping needs a name.")));
    QCOMPARE(wizard.saveMappingAs("desk_trades"), std::nullopt);
    QVERIFY(wizard.mappingNames().contains("desk_trades"));

    // Reused: another wizard on the same workspace lists it and previews through it.
    ImportWizard again(jobs, QString::fromStdString(ws));
    again.setFiles({QString::fromStdString(csv)});
    again.setKind("trades");
    QVERIFY(again.mappingNames().contains("desk_trades"));
    QVERIFY(again.chooseMapping("desk_trades"));
    QTRY_COMPARE(again.previewTable().rowCount(), first + 2);
    QCOMPARE(cell(again, 1), QStringLiteral("C2"));
    again.chooseMapping({});  // back to columns by name: an undoable step too
    QTRY_COMPARE(cell(again, 1), QStringLiteral("DESK"));
    again.mappingDocument().undoStack().undo();
    QTRY_COMPARE(cell(again, 1), QStringLiteral("C2"));

    // ... and an import by that name (as eagleeye-cli import --mapping desk_trades) reads 对手方.
    Store store = Store::open(ws);
    ImportOptions options;
    options.mapping = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, &store.database()).resolve("desk_trades");
    const ImportReport report = ImportSession(store, options).run(csv);
    QVERIFY2(report.committed, report.summary().c_str());
    QCOMPARE(report.rowsImported, std::int64_t(2));
    std::vector<std::string> sellers;
    store.forEachTrade([&](const Trade& t) {
        for (const auto& i : store.institutions())
            if (i.id == t.seller) sellers.push_back(i.code);
        return true;
    });
    QCOMPARE(sellers, (std::vector<std::string>{"C1", "C2"}));
}

// Cancel during an import (100,000 rows; the import looks for a cancel every 32,768): nothing of it
// is kept, not even a history row.
void TestImportWizard::cancelledImportLeavesTheWorkspaceAsItWas() {
    const std::string ws = path("c.eagle");
    {
        Store s = Store::create(ws);
        for (const char* code : {"A", "B"}) {
            Institution i;
            i.code = code;
            i.name = code;
            s.add(i);
        }
    }
    const std::string csv = path("many.csv");
    {
        std::ofstream out(csv);
        out << "trade_id,trade_date,product,buyer,seller,notional_cny\n";
        for (int i = 0; i < 100000; ++i) out << 'T' << i << ",2025-01-02,repo,A,B,100\n";
    }
    JobRunner jobs;
    ImportWizard wizard(jobs, QString::fromStdString(ws));
    wizard.setFiles({QString::fromStdString(csv)});
    wizard.setKind("trades");
    auto* cancel = wizard.findChild<QPushButton*>("cancelJob");
    QVERIFY(cancel && !cancel->isEnabled());
    QSignalSpy finished(&wizard, &ImportWizard::jobFinished);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.importFiles();
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(finished.wait(20000));
    QCOMPARE(wizard.resultText(), QStringLiteral("Cancelled: nothing was imported."));
    QCOMPARE(imported.count(), 0);
    Store store = Store::openReadOnly(ws);
    int trades = 0;
    store.forEachTrade([&](const Trade&) { return ++trades, true; });
    QCOMPARE(trades, 0);
    QCOMPARE(ImportHistoryDialog(QString::fromStdString(ws)).imports(), 0);
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
