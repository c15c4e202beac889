// The workstation end to end on a simulated market: open it, select an institution in one view
// and check that every view now shows that institution; then the scripted screenshot run.

#include "AlertsController.h"
#include "AlertsView.h"
#include "ClusterScatterView.h"
#include "DashboardView.h"
#include "EvaluationTableView.h"
#include "ExportViewDialog.h"
#include "HeatmapView.h"
#include "InstitutionListView.h"
#include "JobRunner.h"
#include "LearningView.h"
#include "Language.h"
#include "MainWindow.h"
#include "MarketSimulator.h"
#include "NavigationHistory.h"
#include "NetworkView.h"
#include "NetworkViewData.h"
#include "NetworkControls.h"
#include "ProfileFeatures.h"
#include "ProfilePageModel.h"
#include "ProfilePageView.h"
#include "FeatureNames.h"
#include "ResultStore.h"
#include "RiskScores.h"
#include "SearchBox.h"
#include "TimeCursorBar.h"
#include "TradeListView.h"
#include "RadarView.h"
#include "RiskMatrixView.h"
#include "SelectionModel.h"
#include "SettingsDialog.h"
#include "StressPanel.h"
#include "Store.h"
#include "TestSupport.h"
#include "TimeSeriesView.h"
#include "TrainingCurveView.h"
#include "WidgetPicture.h"
#include "WorkspaceController.h"
#include "WorkspaceFile.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QHelpEvent>

#include <fstream>
#include <map>

using namespace eagle;

class TestWorkstation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyViewFollowsTheSelection();
    void clickingANetworkNodeSelectsIt();
    void theTimeCursorMovesEveryView();
    void clickingAHeatmapCellDrillsDown();
    void theStressTestPlaysOnTheNetwork();
    void shiftDragOnTheSeriesListsTheTrades();
    void theRadarShowsTheChosenDimensions();
    void theRiskMatrixRanksAndSelects();
    void choosingAnAlertMovesEveryView();
    void theDashboardLeadsToTheDetail();
    void backForwardAndSearch();
    void theLanguageSwitchesLive();
    void everyMetricExplainsItself();
    void exportButtonsOpenTheExportDialog();
    void scriptedScreenshotShowsData();

private:
    void openAndSettle(MainWindow& w);
    static InstitutionId idOf(MainWindow& w, const char* code) {
        return w.workspace().snapshot().institutionByCode(code)->id;
    }
    test::TestWorkspace dir_;
    std::string path_;
};

void TestWorkstation::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // keep the user's saved dock layout out of the test
    path_ = dir_.path("gui.eagle");
    createWorkspace(path_, [](Store& s) { MarketSimulator({40, 60, 3}).run(s); });
}

void TestWorkstation::openAndSettle(MainWindow& w) {
    w.show();
    QSignalSpy opened(&w.workspace(), &WorkspaceController::opened);
    w.openWorkspace(QString::fromStdString(path_));
    QVERIFY(opened.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
}

void TestWorkstation::everyViewFollowsTheSelection() {
    MainWindow w;
    openAndSettle(w);
    // Something is selected on open, and every view shows data.
    QVERIFY(w.selection().institution().valid());
    QVERIFY(w.networkView().nodeCount() == 40);

    const InstitutionId target = idOf(w, "CCB002");
    QVERIFY(w.selection().institution() != target);
    w.selection().setInstitution(target);
    QCOMPARE(w.institutionList().currentInstitution(), target);
    QCOMPARE(w.networkView().highlightedInstitution(), target);
    QCOMPARE(w.heatmapView().highlightedInstitution(), target);
    QCOMPARE(w.radarView().shownInstitution(), target);
    QVERIFY(w.radarView().title().contains("CCB002"));
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), target, 10000);
    QVERIFY(w.timeSeriesView().pointCount() > 0);
    // Money-market volume is defined on every business day (zero when it did not trade).
    w.workspace().requestSeries(target, "money_volume");
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().featureName(), QString("money_volume"), 10000);
    QCOMPARE(w.timeSeriesView().pointCount(), 60);

    // Comparing with two more features draws them on linked axes below, with the stored values.
    w.timeSeriesView().setCompanionNames({"overnight_share_20d", "score_liquidity"});
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().companionPaneCount(), 2, 10000);
    QCOMPARE(w.timeSeriesView().featureName(), QString("money_volume"));  // the main feature stays
    Store store = Store::openReadOnly(path_);
    ResultStore results(store);
    auto stored = results.institutionSeries(w.workspace().snapshot().profileRun, target);
    const auto& liquidity = stored[w.workspace().snapshot().feature("score_liquidity")->id];
    QCOMPARE(w.timeSeriesView().companionFeature(1), QString("score_liquidity"));
    QCOMPARE(w.timeSeriesView().companionPointCount(1), int(liquidity.size()));
    const DataTable table = w.timeSeriesView().exportTable();
    QCOMPARE(table.header.size(), 4 + 2 * 2);
    QCOMPARE(table.rows.last()[6], DataTable::number(liquidity.back().value));  // scores show as stored
    // Another institution keeps the comparison.
    w.selection().setInstitution(idOf(w, "LB001"));
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), idOf(w, "LB001"), 10000);
    QCOMPARE(w.timeSeriesView().companionPaneCount(), 2);
}

void TestWorkstation::clickingANetworkNodeSelectsIt() {
    MainWindow w;
    openAndSettle(w);
    const InstitutionId target = idOf(w, "LB001");
    QVERIFY(w.raiseDock("network"));  // the dashboard is in front on opening
    QTest::qWait(50);
    const QPoint at = w.networkView().nodeScreenPosition(target);
    QVERIFY(at.x() >= 0);
    QTest::mouseClick(&w.networkView(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(w.selection().institution(), target);
    QCOMPARE(w.institutionList().currentInstitution(), target);
    QCOMPARE(w.radarView().shownInstitution(), target);
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), target, 10000);
}

// Moving the time cursor re-reads the market as of that day: the profile page shows the stored
// values of that day, the network covers the weeks up to it, and the radar follows.
void TestWorkstation::theTimeCursorMovesEveryView() {
    MainWindow w;
    openAndSettle(w);
    const auto& days = w.workspace().snapshot().days;
    QCOMPARE(w.selection().day(), days.back());  // opens on the latest day
    const InstitutionId target = idOf(w, "CCB002");
    w.selection().setInstitution(target);
    QTRY_COMPARE_WITH_TIMEOUT(w.profilePage().data().institution, target, 10000);

    const Date day = days[30];
    w.timeCursor().stepBy(-int(days.size()) + 31);  // from the last day back to day 30
    QCOMPARE(w.selection().day(), day);
    QTRY_COMPARE_WITH_TIMEOUT(w.profilePage().data().day, day, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w.workspace().networkDay(), day, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 10000);
    QCOMPARE(w.radarView().shownInstitution(), target);

    // The page's values are the stored features of that day, read independently here.
    Store store = Store::openReadOnly(path_);
    ResultStore results(store);
    const auto stored = results.featuresOn(w.workspace().snapshot().profileRun, day);
    int compared = 0;
    for (const ProfilePageRow& row : w.profilePage().data().rows) {
        QVERIFY(!std::isfinite(row.peerPercentile) || (row.peerPercentile >= 0 && row.peerPercentile <= 100));
        if (row.featureName != "money_volume" && row.featureName != "score_liquidity") continue;
        const auto* def = w.workspace().snapshot().feature(row.featureName.toStdString());
        const double value = stored.at(target.value).at(def->id);
        QVERIFY(std::abs(row.value - value * (row.featureName == "money_volume" ? 1e-9 : 1.0)) < 1e-9 * std::abs(value) + 1e-12);
        QCOMPARE(int(row.history.size()), 31);  // day 30 and the 30 days before it
        ++compared;
    }
    QCOMPARE(compared, 2);

    // The network measures of that day join the page, ranked among peers of the same type: PageRank
    // here against the network the view draws, and its mid-rank percentile counted by hand.
    const NetworkViewData* net = w.networkView().network();
    QVERIFY(net && net->network.asOf == day);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(w.profilePage().data().rows.begin(), w.profilePage().data().rows.end(),
                                         [](auto& r) { return r.featureName == "network_pagerank"; }),
                             10000);
    const auto& rows = w.profilePage().data().rows;
    const auto pagerank = std::find_if(rows.begin(), rows.end(), [](auto& r) { return r.featureName == "network_pagerank"; });
    const auto& nodes = net->network.institutions;
    const std::size_t self = std::size_t(
        std::find_if(nodes.begin(), nodes.end(), [&](auto& i) { return i.id == target; }) - nodes.begin());
    QVERIFY(self < nodes.size());
    const double own = net->features[self].aggregate.pageRank;
    QVERIFY(std::abs(pagerank->value - 100 * own) < 1e-12);
    double below = 0, equal = 0, peers = 0;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        if (nodes[k].type != nodes[self].type) continue;
        ++peers;
        const double v = net->features[k].aggregate.pageRank;
        below += v < own, equal += v == own;
    }
    QVERIFY(std::abs(pagerank->peerPercentile - 100 * (below + equal / 2) / peers) < 1e-9);
    // In its family (counterparties and network), after the stored counterparty features. The demo's
    // run stored the network measures of every day: the page shows those, with their history, and
    // adds none measured on the network's day.
    QCOMPARE(pagerank->family, (pagerank - 1)->family);
    QVERIFY(!pagerank->history.empty() && std::abs(pagerank->history.back() - 100 * own) < 1e-12);
    QCOMPARE(w.profilePage().table()->model()->rowCount(), int(w.workspace().snapshot().features.size()));
}

void TestWorkstation::clickingAHeatmapCellDrillsDown() {
    MainWindow w;
    openAndSettle(w);
    QTRY_VERIFY_WITH_TIMEOUT(w.heatmapView().rowCount() > 0, 10000);
    const InstitutionId target = idOf(w, "LB001");
    const Date day = w.workspace().snapshot().days[10];
    const QPoint at = w.heatmapView().cellPosition(target, day);
    QVERIFY(at.x() >= 0);
    QWidget* plot = w.heatmapView().childAt(at);
    QVERIFY(plot);
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(&w.heatmapView(), at));
    QTRY_COMPARE(w.selection().institution(), target);
    QCOMPARE(w.selection().day(), day);
}

// Selecting an institution proposes its failure; Run computes it on the network shown (in a job)
// and the view plays it: the last round is the contagion result computed here from that network.
void TestWorkstation::theStressTestPlaysOnTheNetwork() {
    MainWindow w;
    openAndSettle(w);
    w.selection().setInstitution(idOf(w, "LB001"));
    QCOMPARE(w.stressPanel().shockEdit()->text(), QString("LB001"));
    w.stressPanel().shockEdit()->setText("LB001,all:0.05");
    w.stressPanel().runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(w.networkView().stressRounds() > 0, 20000);

    const MultilayerNetwork& network = w.networkView().network()->network;
    const StressSystem system = stressSystemOf(network);
    const ContagionResult expected = runStressTest(
        system, parseShocks("LB001,all:0.05", [&](std::string_view c) { return system.indexOf(c); }), StressMethod::DebtRank);
    QCOMPARE(w.networkView().stressRounds(), int(expected.rounds.size()));
    int hit = 0;
    for (const auto& s : expected.institutions) hit += s.finalDistress > 0;
    QCOMPARE(w.stressPanel().table()->rowCount(), hit);
    w.networkView().showStressRound(w.networkView().stressRounds() - 1);
    for (std::size_t i = 0; i < network.institutions.size(); ++i)
        QVERIFY(std::abs(w.networkView().shownDistress(network.institutions[i].id) - expected.institutions[i].finalDistress) < 1e-12);

    // A shock that names nobody is refused with its reason; another day clears the test.
    w.stressPanel().shockEdit()->setText("NOBODY");
    w.stressPanel().runButton()->click();
    QVERIFY(w.stressPanel().summary().contains("NOBODY"));
    w.timeCursor().stepBy(-1);
    QTRY_COMPARE_WITH_TIMEOUT(w.networkView().stressRounds(), 0, 20000);
}

void TestWorkstation::shiftDragOnTheSeriesListsTheTrades() {
    MainWindow w;
    openAndSettle(w);
    const InstitutionId target = idOf(w, "LB001");
    w.selection().setInstitution(target);
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), target, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 10000);
    const auto& days = w.workspace().snapshot().days;
    const Date from = days[20], to = days[25];
    QWidget* plot = w.timeSeriesView().plotWidget();
    const QPoint a = w.timeSeriesView().dayPosition(from), b = w.timeSeriesView().dayPosition(to);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, a);
    QTest::mouseMove(plot, (a + b) / 2);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, b);
    QTRY_COMPARE_WITH_TIMEOUT(w.tradeList().trades().institution, target, 10000);
    QCOMPARE(w.tradeList().trades().from, from);
    QCOMPARE(w.tradeList().trades().to, to);

    // Counted independently: every trade of the market, filtered here.
    Store store = Store::openReadOnly(path_);
    int expected = 0;
    store.forEachTrade([&](const Trade& t) {
        expected += t.day >= from && t.day <= to && (t.buyer == target || t.seller == target);
        return true;
    });
    QVERIFY(expected > 0);
    QCOMPARE(w.tradeList().rowCount(), expected);
    QCOMPARE(w.selection().day(), days.back());  // a drag is not a click: the cursor stayed
}

// Scores stay on their own 0-100 scale beside features ranked in the market.
void TestWorkstation::theRadarShowsTheChosenDimensions() {
    MainWindow w;
    openAndSettle(w);
    const InstitutionId target = idOf(w, "CCB002");
    w.selection().setInstitution(target);
    QTRY_COMPARE_WITH_TIMEOUT(w.radarView().shownInstitution(), target, 10000);
    const RadarProfile scores = w.radarView().profile();
    QCOMPARE(scores.axes.size(), std::size_t(6));
    const auto liquidity = std::find(scores.axes.begin(), scores.axes.end(), "score_liquidity") - scores.axes.begin();

    QSignalSpy changed(&w.radarView(), &RadarView::dimensionsChanged);
    w.radarView().setDimensionChoices({"score_liquidity", "money_volume", "net_borrowing", "overnight_share"}, {},
                                      {"score_liquidity", "money_volume", "net_borrowing"});
    const auto actions = w.radarView().findChildren<QAction*>();
    for (QAction* a : actions)
        if (a->data().toString() == "overnight_share") a->setChecked(true);
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(w.radarView().profile().axes.size(), std::size_t(4), 10000);
    const RadarProfile chosen = w.radarView().profile();
    QCOMPARE(chosen.axes[0], std::string("score_liquidity"));
    QCOMPARE(chosen.institutionPct[0], scores.institutionPct[std::size_t(liquidity)]);
    for (double p : chosen.institutionPct) QVERIFY(!std::isfinite(p) || (p >= 0 && p <= 100));
    // Fewer than three dimensions make no radar: unticking down to two is refused.
    for (QAction* a : actions)
        if (a->data().toString() != "score_liquidity" && a->data().toString() != "money_volume") a->setChecked(false);
    QCOMPARE(w.radarView().chosenDimensions().size(), 3);
}

// Sorted by liquidity, the matrix's first row is the institution the workstation opens on (the
// highest recent liquidity score, found by the loader on its own); a click on a row selects it.
void TestWorkstation::theRiskMatrixRanksAndSelects() {
    MainWindow w;
    openAndSettle(w);
    QTRY_COMPARE_WITH_TIMEOUT(w.riskMatrix().data().institutions.size(), std::size_t(40), 10000);
    QCOMPARE(w.riskMatrix().data().columnLabels.size(), 6);
    const auto liquidity = std::find_if(riskTypes().begin(), riskTypes().end(),
                                        [](const RiskTypeSpec& s) { return s.name == "score_liquidity"; }) -
                           riskTypes().begin();
    w.riskMatrix().sortBy(int(liquidity) + 1);
    QCOMPARE(w.riskMatrix().shownOrder().front(), w.workspace().snapshot().mostAtRisk);
    w.riskMatrix().sortBy(0);  // by similarity: a permutation of every institution
    auto shown = w.riskMatrix().shownOrder();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(std::adjacent_find(shown.begin(), shown.end()), shown.end());
    QCOMPARE(shown.size(), std::size_t(40));

    const InstitutionId target = idOf(w, "LB001");
    const QPoint at = w.riskMatrix().rowPosition(target);
    QVERIFY(at.y() >= 0);
    QWidget* plot = w.riskMatrix().plotWidget();
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->mapFrom(&w.riskMatrix(), at));
    QTRY_COMPARE(w.selection().institution(), target);
}

void TestWorkstation::choosingAnAlertMovesEveryView() {
    MainWindow w;
    openAndSettle(w);
    const std::string rules = dir_.path("borrowers.rules");
    std::ofstream(rules) << "rule \"big borrower\" severity high when net_borrowing > 1e9 message \"{net_borrowing}\"\n";
    const InstitutionId before = w.selection().institution();
    QSignalSpy ready(&w.alertsController(), &AlertsController::alertsReady);
    w.alertsController().runRules(QString::fromStdString(rules));
    QVERIFY(ready.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
    // Alerts arriving do not move the views: only the analyst's choice does.
    QVERIFY(w.alertsView().currentAlert());
    QCOMPARE(w.selection().institution(), before);
    // An alert of an institution that is not selected yet.
    const auto alerts = w.alertsView().visibleAlerts();
    const auto other = std::find_if(alerts.begin(), alerts.end(), [&](const AlertRecord& r) {
        return r.alert.institution != w.selection().institution();
    });
    QVERIFY(other != alerts.end());
    QVERIFY(w.alertsView().selectAlert(other->alert.id));
    const InstitutionId target = other->alert.institution;
    QCOMPARE(w.selection().institution(), target);
    QCOMPARE(w.selection().day(), other->alert.day);
    QCOMPARE(w.institutionList().currentInstitution(), target);
    QCOMPARE(w.networkView().highlightedInstitution(), target);
    QCOMPARE(w.radarView().shownInstitution(), target);
    QTRY_COMPARE_WITH_TIMEOUT(w.timeSeriesView().shownInstitution(), target, 10000);
    // A move from the dock is undoable from the Edit menu's stack.
    QSignalSpy changed(&w.alertsController(), &AlertsController::statusChanged);
    emit w.alertsView().moveRequested(other->alert.id, AlertStatus::UnderReview, {});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.undoStack().count(), 1);
    QVERIFY(w.undoStack().undoText().contains(QString::number(other->alert.id)));
}

void TestWorkstation::theDashboardLeadsToTheDetail() {
    MainWindow w;
    openAndSettle(w);
    QCOMPARE(w.centralTabs().currentWidget(), static_cast<QWidget*>(&w.dashboard()));
    const DashboardData& d = w.dashboard().data();
    QCOMPARE(d.day, w.workspace().snapshot().days.back());
    QVERIFY(!d.activity.empty() && !d.risers.empty() && !d.hotInstitutions.empty());
    // A riser that is not selected yet: one click selects it and shows its profile.
    const auto riser = std::find_if(d.risers.begin(), d.risers.end(),
                                    [&](const auto& r) { return r.institution != w.selection().institution(); });
    QVERIFY(riser != d.risers.end());
    emit w.dashboard().institutionActivated(riser->institution);
    QCOMPARE(w.selection().institution(), riser->institution);
    QCOMPARE(w.radarView().shownInstitution(), riser->institution);
    // A day on a chart moves the time cursor, and the dashboard follows it.
    const Date earlier = d.days[d.days.size() / 2];
    emit w.dashboard().dayActivated(earlier);
    QCOMPARE(w.selection().day(), earlier);
    QTRY_COMPARE_WITH_TIMEOUT(w.dashboard().data().day, earlier, 20000);
    emit w.dashboard().networkRequested();
    QVERIFY(w.centralTabs().currentWidget()->isAncestorOf(&w.networkView()));
}

void TestWorkstation::backForwardAndSearch() {
    MainWindow w;
    openAndSettle(w);
    QCoreApplication::processEvents();
    const InstitutionId first = w.selection().institution();
    const InstitutionId second = idOf(w, "CCB002") == first ? idOf(w, "LB001") : idOf(w, "CCB002");
    // The search box finds an institution by its code and goes there.
    QTest::keyClicks(&w.searchBox(), w.workspace().labelOf(second).section(' ', 0, 0));
    QVERIFY(!w.searchBox().matches().empty());
    QCOMPARE(w.searchBox().matches().front().id, second.value);
    w.goTo(w.searchBox().matches().front());
    QCOMPARE(w.selection().institution(), second);
    QCoreApplication::processEvents();
    w.history().back();
    QCOMPARE(w.selection().institution(), first);
    QTRY_COMPARE_WITH_TIMEOUT(w.radarView().shownInstitution(), first, 10000);
    w.history().forward();
    QCOMPARE(w.selection().institution(), second);
    // A bookmark brings back the institution and day it was made on.
    const Date day = w.selection().day();
    w.addBookmark("watch");
    w.history().back();
    QCOMPARE(w.selection().institution(), first);
    QVERIFY(w.openBookmark(0));  // the workspace is new to this run: its only bookmark
    QCOMPARE(w.selection().institution(), second);
    QCOMPARE(w.selection().day(), day);
    QVERIFY(!w.openBookmark(1));
}

namespace {
QString menuTitle(MainWindow& w, int index) { return w.menuBar()->actions().value(index)->text(); }
QString dockTitle(MainWindow& w, const char* name) { return w.findChild<QDockWidget*>(name)->windowTitle(); }
QString panelHeading(MainWindow& w, int index) {
    // The dashboard's tile headings, in the order the dashboard makes them.
    QStringList headings;
    for (QLabel* l : w.dashboard().findChildren<QLabel*>())
        if (l->text().startsWith(QLatin1String("<b>"))) headings << l->text();
    return headings.value(index);
}
}  // namespace

// File > Settings switches the language at once: menus, docks, the views' own texts and the data
// labelled as it was loaded (the heatmap's feature) follow, there and back, without a restart.
void TestWorkstation::theLanguageSwitchesLive() {
    setUiLanguage(localeForLanguage(QStringLiteral("zh_CN")));
    MainWindow w;
    openAndSettle(w);
    auto* severity = w.alertsView().findChild<QComboBox*>(QStringLiteral("severityFilter"));
    QCOMPARE(menuTitle(w, 0), QStringLiteral("文件(&F)"));
    QCOMPARE(dockTitle(w, "alertsDock"), QStringLiteral("预警"));
    QCOMPARE(severity->itemText(0), QStringLiteral("全部级别"));
    QCOMPARE(panelHeading(w, 0), QStringLiteral("<b>市场交易量</b>"));
    QCOMPARE(w.heatmapView().findChild<QComboBox*>()->currentText(), QStringLiteral("流动性风险评分"));
    const QString zhTitle = w.windowTitle();

    const auto choose = [&w](const char* language) {
        SettingsDialog dialog(&w);
        dialog.setLanguage(QString::fromLatin1(language));
        dialog.accept();
    };
    choose("en");
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&File"));
    QCOMPARE(menuTitle(w, 1), QStringLiteral("&Edit"));
    QCOMPARE(dockTitle(w, "alertsDock"), QStringLiteral("Alerts"));
    QCOMPARE(dockTitle(w, "timeSeriesDock"), QStringLiteral("Time series"));
    QCOMPARE(severity->itemText(0), QStringLiteral("All severities"));
    QCOMPARE(panelHeading(w, 0), QStringLiteral("<b>Market activity</b>"));
    QVERIFY(w.windowTitle() != zhTitle);
    // The heatmap's choices are offered again in English, and its data comes again labelled so.
    QCOMPARE(w.heatmapView().findChild<QComboBox*>()->currentText(), QStringLiteral("Liquidity risk score"));
    QTRY_VERIFY_WITH_TIMEOUT(w.heatmapView().exportName().endsWith(QStringLiteral("Liquidity risk score")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300);  // the charts' queued replots
        grabWithNetworkViews(w).save(QDir(dir).filePath(QStringLiteral("language-en.png")));
    }

    choose("zh_CN");
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("文件(&F)"));
    QCOMPARE(dockTitle(w, "alertsDock"), QStringLiteral("预警"));
    QCOMPARE(severity->itemText(0), QStringLiteral("全部级别"));
    QCOMPARE(w.windowTitle(), zhTitle);
    QTRY_VERIFY_WITH_TIMEOUT(w.heatmapView().exportName().endsWith(QStringLiteral("流动性风险评分")), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(300);
        grabWithNetworkViews(w).save(QDir(dir).filePath(QStringLiteral("language-zh.png")));
    }

    // The saved choice forgotten (the system's language: Chinese under the C locale, English under
    // en_US), then back to the English the other tests read, whatever the system's locale.
    SettingsDialog reset(&w);
    reset.setLanguage(QString());
    reset.accept();
    QVERIFY(SettingsDialog::savedLanguage().isEmpty());
    setUiLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QTRY_COMPARE(menuTitle(w, 0), QStringLiteral("&File"));
}

namespace {
// The dictionary's own words for a profile feature or risk score (models/ProfileFeatures.h,
// models/RiskScores.cpp), translated as the tooltips must say them; empty for other names.
std::pair<QString, QString> dictionaryWords(std::string_view name) {
    for (const auto& spec : kProfileFeatures)
        if (spec.name == name)
            return {QCoreApplication::translate("ProfileFeatures", spec.description.data()),
                    QCoreApplication::translate("ProfileFeatures", spec.why.data())};
    for (const auto& spec : riskTypes())
        if (spec.name == name)
            return {QCoreApplication::translate("RiskScores", spec.description.data()),
                    QCoreApplication::translate("RiskScores", spec.why.data())};
    return {};
}

// Every metric shown in the workstation now, by its stored name, with the tooltip it has there.
std::vector<std::pair<QString, QString>> shownMetrics(MainWindow& w) {
    std::vector<std::pair<QString, QString>> shown;
    const auto add = [&shown](const QString& name, const QString& tip) { shown.emplace_back(name, tip); };
    // The profile page's rows.
    const QAbstractItemModel* page = w.profilePage().table()->model();
    for (int row = 0; row < page->rowCount(); ++row)
        add(w.profilePage().data().rows[std::size_t(row)].featureName,
            page->data(page->index(row, ProfilePageModel::Feature), Qt::ToolTipRole).toString());
    // The heatmap's feature (over its title and colour scale) and its choices.
    add(w.heatmapView().data().featureName, w.heatmapView().metricToolTip());
    auto* chooser = w.heatmapView().findChild<QComboBox*>();
    for (int i = 0; i < chooser->count(); ++i)
        add(chooser->itemData(i).toString(), chooser->itemData(i, Qt::ToolTipRole).toString());
    // The radar's axes.
    for (std::size_t i = 0; i < w.radarView().profile().axes.size(); ++i)
        add(QString::fromStdString(w.radarView().profile().axes[i]), w.radarView().axisToolTip(i));
    // The risk matrix's columns.
    for (qsizetype k = 0; k < w.riskMatrix().data().columnFeatures.size(); ++k)
        add(w.riskMatrix().data().columnFeatures[k], w.riskMatrix().columnToolTip(int(k)));
    // The dashboard: the riskiest institutions' columns and the risers' risk types.
    for (qsizetype k = 0; k < w.dashboard().data().riskFeatures.size(); ++k)
        add(w.dashboard().data().riskFeatures[k], w.dashboard().riskToolTip(int(k)));
    auto* risers = w.dashboard().findChild<QTableWidget*>(QStringLiteral("dashboardRisers"));
    for (int row = 0; row < risers->rowCount(); ++row)
        add(w.dashboard().data().risers[std::size_t(row)].riskFeature, risers->item(row, 2)->toolTip());
    // The network's measures, in the order the size box offers them.
    const char* const measures[] = {"total_assets", "network_degree", "network_pagerank", "network_betweenness",
                                    "network_debtrank"};
    QComboBox* sizes = w.networkControls().sizeBox();
    for (int i = 0; i < sizes->count() && i < 5; ++i)
        add(QString::fromLatin1(measures[i]), sizes->itemData(i, Qt::ToolTipRole).toString());
    return shown;
}
}  // namespace

// Every metric shown explains itself in a tooltip: what it measures and why a supervisor cares,
// the dictionary's words in the language of the moment (English, then Chinese), never empty.
void TestWorkstation::everyMetricExplainsItself() {
    MainWindow w;
    openAndSettle(w);
    QTRY_VERIFY_WITH_TIMEOUT(!w.profilePage().data().rows.empty() && !w.riskMatrix().data().columnFeatures.empty() &&
                                 !w.dashboard().data().riskFeatures.empty() &&
                                 !w.radarView().profile().axes.empty(),
                             20000);
    std::map<QString, QString> english;  // name -> its description in English
    for (const char* language : {"en", "zh_CN"}) {
        const QString expectedFirst = [&] {
            setUiLanguage(localeForLanguage(QString::fromLatin1(language)));
            return featureDisplayName(w.profilePage().data().rows.front().featureName.toStdString());
        }();
        // The data comes again labelled in the new language.
        QTRY_COMPARE_WITH_TIMEOUT(w.profilePage().data().rows.front().label, expectedFirst, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
        const auto shown = shownMetrics(w);
        QVERIFY(shown.size() >= kProfileFeatureCount + riskTypes().size() + 5);
        QSet<QString> names;
        for (const auto& [name, tip] : shown) {
            const std::string n = name.toStdString();
            const QString description = featureDescription(n), why = featureWhy(n);
            QVERIFY2(!description.isEmpty() && !why.isEmpty(), qPrintable(name + QStringLiteral(" has no explanation")));
            // The tooltip is the dictionary's, under the metric's name.
            QVERIFY2(tip == featureToolTip(n), qPrintable(name + QStringLiteral(": ") + tip));
            QVERIFY2(tip.startsWith(QStringLiteral("<b>%1</b>").arg(featureDisplayName(n).toHtmlEscaped())) &&
                         tip.contains(description.toHtmlEscaped()) && tip.contains(why.toHtmlEscaped()),
                     qPrintable(tip));
            if (const auto [d, y] = dictionaryWords(n); !d.isEmpty()) {
                QCOMPARE(description, d);
                QCOMPARE(why, y);
            }
            if (qstrcmp(language, "en") == 0)
                english[name] = description;
            else  // translated, not the English left in place
                QVERIFY2(description != english.at(name), qPrintable(name + QStringLiteral(": ") + description));
            names.insert(name);
        }
        for (const auto& spec : kProfileFeatures) QVERIFY2(names.contains(QString::fromUtf8(spec.name.data())), spec.name.data());
        for (const auto& spec : riskTypes()) QVERIFY2(names.contains(QString::fromUtf8(spec.name.data())), spec.name.data());
        if (qstrcmp(language, "en") == 0)
            QCOMPARE(featureDescription("overnight_share"), QStringLiteral("Share of borrowing at overnight tenor"));
        else
            QVERIFY2(featureWhy("overnight_share").contains(QStringLiteral("滚动续借风险")), qPrintable(featureWhy("overnight_share")));
    }
    // A real hover on a radar axis label shows its explanation.
    QTRY_VERIFY_WITH_TIMEOUT(!w.radarView().axisLabelRect(0).isEmpty(), 10000);
    const QPoint at = w.radarView().axisLabelRect(0).center();
    QHelpEvent hover(QEvent::ToolTip, at, w.radarView().mapToGlobal(at));
    QCoreApplication::sendEvent(&w.radarView(), &hover);
    QTRY_COMPARE(QToolTip::text(), w.radarView().axisToolTip(0));
    QToolTip::hideText();

    setUiLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
    QTRY_COMPARE_WITH_TIMEOUT(w.jobs().activeJobs(), 0, 30000);
}

// The network bar's and the learning dock's Export… open File > Export view's dialog on their view.
void TestWorkstation::exportButtonsOpenTheExportDialog() {
    MainWindow w;
    openAndSettle(w);
    const auto openDialog = [&w]() -> ExportViewDialog* {
        for (auto* d : w.findChildren<ExportViewDialog*>())
            if (d->isVisible()) return d;
        return nullptr;
    };
    w.networkControls().findChild<QPushButton*>(QStringLiteral("networkExport"))->click();
    ExportViewDialog* dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentTarget(), 0);  // the network, first of the views offered
    dialog->close();
    delete dialog;
    LearningView& learning = w.learningView();
    const QWidget* views[] = {&learning.scatter(), &learning.curves(), &learning.evaluation()};
    for (int tab = 0; tab < 3; ++tab) {
        learning.tabs().setCurrentIndex(tab);
        learning.findChild<QPushButton*>(QStringLiteral("learningExport"))->click();
        dialog = openDialog();
        QVERIFY(dialog);
        // Offered by its own name (it has no dock of its own), as the dialog's chosen view.
        QCOMPARE(dialog->findChildren<QComboBox*>().at(0)->currentText(),
                 dynamic_cast<const ExportableView*>(views[tab])->exportName());
        QCOMPARE(dialog->settings().format == ExportFormat::Csv, tab == 2);  // the evaluation is a table
        dialog->close();
        delete dialog;
    }
}

void TestWorkstation::scriptedScreenshotShowsData() {
    const QString png = QString::fromStdString(dir_.path("shot.png"));
    QProcess app;
    app.start(EAGLEEYE_GUI_BINARY, {"--open", QString::fromStdString(path_), "--select", "RCB001", "--screenshot", png});
    QVERIFY(app.waitForFinished(120000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000 && image.height() >= 600);
    // A window of empty panes has a handful of colours; charts, a heatmap and a network have many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 500, QByteArray::number(colours.size()).constData());

    QProcess missing;
    missing.start(EAGLEEYE_GUI_BINARY, {"--open", "/nonexistent.eagle", "--screenshot", png});
    QVERIFY(missing.waitForFinished(30000));
    QCOMPARE(missing.exitCode(), 1);
    QVERIFY(missing.readAllStandardError().contains("no such file"));
}

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
