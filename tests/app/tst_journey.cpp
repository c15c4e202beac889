// The investigation journey of a supervisor's first minutes, driven like a user on the real main
// window under xvfb-run: open the demo market (as `eagleeye --demo` does), open the top alert of
// the dashboard's feed, read the trades behind it, look at its series, export that chart (PNG and
// PDF) and write the briefing report on the institution. The trades are checked against the store,
// the PDFs with poppler's pdfinfo and pdftotext, and the main stages (dashboard, alert detail,
// drill-down series) against baseline pictures in tests/app/baselines within a tolerance.
//
// The pictures are deterministic: fixed window size, font (WenQuanYi Micro Hei), theme (light),
// language (English), the demo's fixed seed, and nothing in them that shows the clock.
// EAGLEEYE_UPDATE_BASELINES=1 rewrites the baselines (docs/CONTRIBUTING.md).

#include "AlertsView.h"
#include "BriefingReport.h"
#include "BriefingReportDialog.h"
#include "DashboardView.h"
#include "ExportViewDialog.h"
#include "ImageBaseline.h"
#include "JobRunner.h"
#include "MainWindow.h"
#include "PdfInspection.h"
#include "SelectionModel.h"
#include "Store.h"
#include "TestSupport.h"
#include "Theme.h"
#include "TimeSeriesView.h"
#include "ViewExportReaction.h"
#include "WidgetPicture.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace eagle;
using eagle::test::pdfInfoPages;
using eagle::test::pdfText;

namespace {

// A common desktop: the window's content fits it, so that its layout does not depend on the order
// in which data arrives.
constexpr QSize kWindowSize(1920, 1080);
// Views batch their redraws on short timers: let them land before a picture is taken.
constexpr int kSettleMs = 400;

QAction* menuAction(QMainWindow& w, const QString& menu, const QString& text) {
    for (QAction* m : w.menuBar()->actions())
        if (m->text() == menu && m->menu())
            for (QAction* a : m->menu()->actions())
                if (a->text() == text) return a;
    return nullptr;
}

void clickCell(QTableWidget* table, int row, int column) {
    const QRect cell = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

}  // namespace

class TestJourney : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void investigateTheTopAlert();

private:
    void settle(MainWindow& w);
    // masked: parts of the widget whose text changes from run to run (the date a run was made).
    void checkPicture(QWidget& widget, const QString& name, const QList<QWidget*>& masked = {});
    QString file(const QString& name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
    QStringList mismatches_;  // pictures that differ from their baselines, reported at the end
};

void TestJourney::initTestCase() {
    QVERIFY(dir_.isValid());
    // The demo market goes to the user's data folder and the dock layout to the user's settings:
    // both in a folder of this run, so that nothing of an earlier run or of the user's is read.
    qputenv("XDG_DATA_HOME", file(QStringLiteral("data")).toUtf8());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, file(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("EagleEye"));
    QCoreApplication::setApplicationName(QStringLiteral("EagleEye"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    applyTheme(*qApp, Theme::Light);
    QFont font(QStringLiteral("WenQuanYi Micro Hei"), 9);
    QVERIFY2(QFontInfo(font).family() == font.family(), "fonts-wqy-microhei (scripts/packages.txt) is installed");
    QApplication::setFont(font);
}

void TestJourney::settle(MainWindow& w) {
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 60000);
    QTest::qWait(kSettleMs);
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 60000);
}

void TestJourney::checkPicture(QWidget& widget, const QString& name, const QList<QWidget*>& masked) {
    QImage picture = grabWithNetworkViews(widget).toImage();
    QPainter painter(&picture);
    for (QWidget* m : masked) painter.fillRect(QRect(m->mapTo(&widget, QPoint(0, 0)), m->size()), Qt::darkGray);
    painter.end();
    const auto result = test::compareWithBaseline(picture, name, QStringLiteral(EAGLEEYE_BASELINE_DIR),
                                                  QStringLiteral(EAGLEEYE_JOURNEY_OUTPUT));
    qInfo("%s", qPrintable(result.message));
    if (!result.ok) mismatches_ << result.message;
    // The whole window beside it, to see a mismatch in its context (not compared).
    grabWithNetworkViews(*widget.window()).save(
        QDir(QStringLiteral(EAGLEEYE_JOURNEY_OUTPUT)).filePath(name + QStringLiteral("-window.png")));
}

void TestJourney::investigateTheTopAlert() {
    MainWindow w;
    w.resize(kWindowSize);
    w.move(0, 0);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // No hover highlight anywhere in the window.
    QCursor::setPos(w.screen()->geometry().bottomRight());

    // 1. The demo market, as `eagleeye --demo` opens it: simulated on first use with its profiles
    // and the shipped rules' alerts. The dashboard is in front.
    QSignalSpy opened(&w.workspace(), &WorkspaceController::opened);
    w.openDemoMarket();
    QVERIFY(opened.wait(300000));
    QTRY_VERIFY_WITH_TIMEOUT(!w.dashboard().feed().empty(), 60000);
    settle(w);
    QCOMPARE(w.centralTabs().currentWidget(), static_cast<QWidget*>(&w.dashboard()));
    QCOMPARE(w.size(), kWindowSize);  // no view asked for more room than the window has
    const QString market = QString::fromStdString(w.workspace().snapshot().path);
    QCOMPARE(QFileInfo(market).fileName(), QStringLiteral("demo.eagle"));
    QVERIFY(market.startsWith(file(QStringLiteral("data"))));
    checkPicture(w.dashboard(), QStringLiteral("journey_dashboard"));

    // 2. The top alert of the feed, clicked: the alerts dock opens on it and every view follows.
    const AlertRecord top = w.dashboard().feed().front();
    auto* feed = w.dashboard().findChild<QTableWidget*>(QStringLiteral("dashboardFeed"));
    QVERIFY(feed && feed->rowCount() > 0);
    QCOMPARE(feed->item(0, 0)->data(Qt::UserRole).toLongLong(), qint64(top.alert.id));
    clickCell(feed, 0, 3);
    QVERIFY(w.alertsView().isVisible());
    QVERIFY(w.alertsView().currentAlert());
    QCOMPARE(w.alertsView().currentAlert()->alert.id, top.alert.id);
    QCOMPARE(w.selection().institution(), top.alert.institution);
    QCOMPARE(w.selection().day(), top.alert.day);

    // 3. The trades behind it, on the detail's Trades tab: the institution's trades on the days of
    // the episode, as the store has them (read here independently, in time order).
    auto* trades = w.alertsView().findChild<QTableWidget*>(QStringLiteral("alertTrades"));
    QVERIFY(trades);
    auto* tabs = qobject_cast<QTabWidget*>(trades->parentWidget()->parentWidget());
    QVERIFY(tabs);
    const int tradesTab = tabs->indexOf(trades);
    auto* tabBar = tabs->findChild<QTabBar*>();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(tradesTab).center());
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(trades));
    Store store = Store::openReadOnly(market.toStdString());
    std::map<std::int64_t, std::string> codes;
    for (const Institution& i : store.institutions()) codes[i.id.value] = i.code;
    std::vector<Trade> behind;
    store.forEachTrade([&](const Trade& t) {
        if (t.day >= top.alert.day && t.day <= top.alert.endDay &&
            (t.buyer == top.alert.institution || t.seller == top.alert.institution))
            behind.push_back(t);
        return true;
    });
    std::sort(behind.begin(), behind.end(), [](const Trade& a, const Trade& b) {
        return std::tuple(a.day, a.ts, a.id.value) < std::tuple(b.day, b.ts, b.id.value);
    });
    QVERIFY2(!behind.empty(), "the top alert has trades behind it");
    const int shown = std::min<int>(int(behind.size()), 500);  // the dock lists the first 500
    QTRY_COMPARE_WITH_TIMEOUT(trades->rowCount(), shown, 20000);
    QVERIFY2(tabs->tabText(tradesTab).contains(QString::number(behind.size())), qPrintable(tabs->tabText(tradesTab)));
    for (int row = 0; row < shown; ++row) {
        const Trade& t = behind[std::size_t(row)];
        const std::string& counterparty = codes[(t.buyer == top.alert.institution ? t.seller : t.buyer).value];
        QCOMPARE(trades->item(row, 0)->text(), QString::fromStdString(t.day.toString()));
        QCOMPARE(trades->item(row, 4)->text(), QString::fromStdString(counterparty));
        QCOMPARE(trades->item(row, 7)->text(), QLocale().toString(t.notionalCny / 1e6, 'f', 1));
    }
    settle(w);
    // The count names the rules run with the day it was made: masked.
    checkPicture(w.alertsView(), QStringLiteral("journey_alert"),
                 {w.alertsView().findChild<QLabel*>(QStringLiteral("alertCount"))});

    // 4. Its series: the feature the rule read, chosen in the time series' feature box, with the
    // alert marked on it.
    auto* chooser = w.timeSeriesView().findChild<QComboBox*>();
    QVERIFY(chooser);
    int choice = -1;
    for (const auto& [name, value] : top.alert.evidence)
        if (choice < 0) choice = chooser->findData(QString::fromStdString(name));
    QVERIFY2(choice >= 0, "the rule read a profile feature");
    const QString feature = chooser->itemData(choice).toString();
    chooser->setCurrentIndex(choice);
    emit chooser->activated(choice);  // what a pick from the list sends
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().featureName(), feature, 20000);
    // The series of that feature has arrived (not the one asked for when the alert was chosen).
    QTRY_VERIFY_WITH_TIMEOUT(w.timeSeriesView().title().endsWith(chooser->itemText(choice)), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), top.alert.institution, 20000);
    QVERIFY(w.timeSeriesView().markerCount() > 0);
    settle(w);
    checkPicture(w.timeSeriesView(), QStringLiteral("journey_series"));

    // 5. The chart exported through File > Export view… (the view in focus), as PNG and as PDF.
    w.timeSeriesView().plotWidget()->setFocus(Qt::MouseFocusReason);
    QAction* exportView = menuAction(w, QStringLiteral("&File"), QStringLiteral("Export &view…"));
    QVERIFY(exportView);
    const QString png = file(QStringLiteral("series.png")), pdf = file(QStringLiteral("series.pdf"));
    for (const QString& path : {png, pdf}) {
        exportView->trigger();
        ExportViewDialog* dialog = nullptr;
        for (auto* d : w.findChildren<ExportViewDialog*>())
            if (d->isVisible()) dialog = d;
        QVERIFY(dialog);
        QCOMPARE(dialog->currentTarget(), 2);  // the time series, third of the views offered
        ExportSettings settings = dialog->settings();
        settings.format = *ChartExporter::formatOf(path);
        settings.size = QSize(800, 400);
        settings.dpi = 192;
        dialog->setSettings(settings);
        dialog->setPath(path);
        QVERIFY(dialog->exportNow());
        dialog->close();
    }
    const QImage exported(png);
    QCOMPARE(exported.size(), QSize(1600, 800));  // 800 x 400 at twice the screen's 96 dpi
    QCOMPARE(pdfInfoPages(pdf), 1);
    const QString code = QString::fromStdString(top.institutionCode);
    QVERIFY2(pdfText(pdf, 1).contains(code), "the exported chart's title names the institution");

    // 6. The briefing report on the institution, from File > Briefing report…: a cover and three
    // pages on the institution, each section's heading on its page.
    QAction* briefing = menuAction(w, QStringLiteral("&File"), QStringLiteral("&Briefing report…"));
    QVERIFY(briefing);
    briefing->trigger();
    auto* reportDialog = w.findChild<BriefingReportDialog*>();
    QVERIFY(reportDialog && reportDialog->isVisible());
    QCOMPARE(reportDialog->checkedCodes(), QStringList{code});
    const QString report = file(QStringLiteral("briefing.pdf"));
    reportDialog->setPath(report);
    QSignalSpy written(reportDialog, &BriefingReportDialog::written);
    reportDialog->writeReport();
    QVERIFY(written.wait(120000));
    QCOMPARE(written.at(0).at(1).toInt(), 1 + BriefingReport::kPagesPerInstitution);
    QCOMPARE(pdfInfoPages(report), 4);
    const QStringList pages{pdfText(report, 1), pdfText(report, 2), pdfText(report, 3), pdfText(report, 4)};
    for (int k = 0; k < pages.size(); ++k)
        QVERIFY2(pages[k].contains(QStringLiteral("Page %1 of 4").arg(k + 1)), qPrintable(pages[k].left(300)));
    QVERIFY(pages[0].contains(QStringLiteral("Briefing report")));
    QVERIFY(pages[0].contains(QString::fromStdString(store.contentHash())));
    QVERIFY(pages[0].contains(QStringLiteral("To reproduce")));
    QVERIFY(pages[1].contains(QStringLiteral("profile against peers")));
    QVERIFY(pages[1].contains(QStringLiteral("Risk profile")));
    QVERIFY(pages[2].contains(QStringLiteral("key series")));
    QVERIFY(pages[3].contains(QStringLiteral("network, stress test and alerts")));
    QVERIFY(pages[3].contains(QStringLiteral("Stress test: %1 fails").arg(code)));
    QVERIFY(pages[3].contains(QStringLiteral("Alerts (newest rule run)")));
    // The alert the journey began with is in the report's alerts.
    QVERIFY2(pages[3].contains(QString::fromStdString(top.alert.day.toString())), qPrintable(pages[3]));

    QVERIFY2(mismatches_.isEmpty(), qPrintable(mismatches_.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
