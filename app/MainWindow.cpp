#include "MainWindow.h"

#include "MarketSimulator.h"
#include "NewSimulationDialog.h"
#include "ProfilePipeline.h"
#include "ShippedRules.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include "AlertsController.h"
#include "AlertsView.h"
#include "AuditLogDialog.h"
#include "Bookmarks.h"
#include "HelpWindow.h"
#include "RecentWorkspaces.h"
#include "Theme.h"
#include "DashboardView.h"
#include "BriefingReportDialog.h"
#include "ExportAudit.h"
#include "ExportDialog.h"
#include "FeatureNames.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "HeatmapView.h"
#include "InstitutionListView.h"
#include "JobRunner.h"
#include "JobStatusBar.h"
#include "NavigationHistory.h"
#include "NetworkControls.h"
#include "LearningController.h"
#include "LearningOptionsDialog.h"
#include "ClusterScatterView.h"
#include "EvaluationTableView.h"
#include "LearningView.h"
#include "TrainingCurveView.h"
#include "LiveTexts.h"
#include "NetworkView.h"
#include "StressPanel.h"
#include "ProfileFeatures.h"
#include "ProfilePageView.h"
#include "ProtectionReaction.h"
#include "RuleEditorController.h"
#include "RuleEditorView.h"
#include "RiskScores.h"
#include "RadarView.h"
#include "RiskMatrixView.h"
#include "SearchBox.h"
#include "SelectionModel.h"
#include "SettingsDialog.h"
#include "TimeCursorBar.h"
#include "TradeListView.h"
#include "TimeSeriesView.h"
#include "ViewExportReaction.h"
#include "WarningLookup.h"
#include "WorkspaceController.h"
#include "WorkspaceLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace eagle {
namespace {
const char* const kDefaultHeatmapFeature = "score_liquidity";
const char* const kDefaultSeriesFeature = "overnight_share_20d";

QDockWidget* dock(QMainWindow* window, LiveTexts* texts, QString (*title)(), const char* objectName, QWidget* content) {
    auto* d = new QDockWidget(window);
    d->setObjectName(objectName);  // QMainWindow::saveState() identifies docks by object name
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    texts->add(d, [d, title] { d->setWindowTitle(title()); });
    return d;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), jobs_(new JobRunner(this)), selection_(new SelectionModel(this)),
      workspace_(new WorkspaceController(*jobs_, this)), jobStatus_(new JobStatusBar(*jobs_, this)),
      list_(new InstitutionListView(this)), network_(new NetworkView(this)),
      networkControls_(new NetworkControls(*network_, this)), stress_(new StressPanel(*network_, this)),
      dashboard_(new DashboardView(this)), central_(new QTabWidget(this)), radar_(new RadarView(this)),
      series_(new TimeSeriesView(this)), heatmap_(new HeatmapView(this)), profilePage_(new ProfilePageView(this)),
      trades_(new TradeListView(this)), riskMatrix_(new RiskMatrixView(this)), timeCursor_(new TimeCursorBar(this)),
      undo_(new QUndoStack(this)), history_(new NavigationHistory(*selection_, this)), search_(new SearchBox(this)),
      alerts_(new AlertsView(this)),
      alertsController_(new AlertsController(*jobs_, *undo_, this)), ruleEditor_(new RuleEditorView(this)),
      ruleEditorController_(new RuleEditorController(*jobs_, *undo_, this)),

      learningView_(new LearningView(this)), learning_(new LearningController(*jobs_, *workspace_, this)),
      texts_(new LiveTexts(this)) {
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The dashboard is what a supervisor reads first; the network with its controls fills the same
    // space when asked.
    auto* networkPane = new QWidget(this);
    auto* networkLayout = new QVBoxLayout(networkPane);
    networkLayout->setContentsMargins(0, 0, 0, 0);
    networkLayout->setSpacing(0);
    networkLayout->addWidget(networkControls_);
    networkLayout->addWidget(network_, 1);
    central_->setObjectName(QStringLiteral("centralTabs"));
    central_->setDocumentMode(true);
    central_->addTab(dashboard_, QString());
    central_->addTab(networkPane, QString());
    texts_->add(central_, [this] {
        central_->setTabText(0, tr("Dashboard"));
        central_->setTabText(1, tr("Network"));
    });
    setCentralWidget(central_);
    createDocks();
    auto* cursorBar = addToolBar(QString());
    texts_->add(cursorBar, [cursorBar] { cursorBar->setWindowTitle(tr("Time cursor")); });
    cursorBar->setObjectName("timeCursorToolBar");
    cursorBar->setMovable(false);
    cursorBar->addWidget(timeCursor_);
    auto* searchBar = addToolBar(QString());
    texts_->add(searchBar, [searchBar] { searchBar->setWindowTitle(tr("Search")); });
    searchBar->setObjectName("searchToolBar");
    searchBar->setMovable(false);
    searchBar->addWidget(search_);
    connect(search_, &SearchBox::entryActivated, this, &MainWindow::goTo);
    createActions();
    statusBar()->addPermanentWidget(jobStatus_);
    connect(jobStatus_, &JobStatusBar::message, this, [this](const QString& m) { statusBar()->showMessage(m, 10000); });

    list_->setSelectionModel(selection_);
    network_->setSelectionModel(selection_);
    heatmap_->setSelectionModel(selection_);
    series_->setSelectionModel(selection_);
    riskMatrix_->setSelectionModel(selection_);
    timeCursor_->setSelectionModel(selection_);
    learningView_->setSelectionModel(selection_);
    radar_->setAxisLabelProvider([](const std::string& feature) { return featureDisplayName(feature); });
    connect(selection_, &SelectionModel::institutionChanged, this, &MainWindow::showInstitution);
    connect(selection_, &SelectionModel::dayChanged, this, &MainWindow::showDay);
    connect(workspace_, &WorkspaceController::radarReady, radar_, &RadarView::setProfile);
    connect(radar_, &RadarView::dimensionsChanged, this, [this](const QStringList& names) {
        std::vector<std::string> axes;
        for (const QString& n : names) axes.push_back(n.toStdString());
        workspace_->setRadarAxes(std::move(axes));
        if (selection_->institution().valid()) workspace_->requestRadar(selection_->institution(), selection_->day());
    });
    connect(workspace_, &WorkspaceController::networkReady, this, [this](std::shared_ptr<const NetworkViewData> n) {
        network_->updateNetwork(std::move(n));
        networkControls_->refreshCommunities();
        stress_->reset();
    });
    connect(stress_, &StressPanel::stressRequested, workspace_, &WorkspaceController::requestStress);
    connect(workspace_, &WorkspaceController::stressReady, stress_, &StressPanel::setResult);
    connect(workspace_, &WorkspaceController::stressFailed, stress_, &StressPanel::showError);
    connect(workspace_, &WorkspaceController::profilePageReady, profilePage_, &ProfilePageView::setData);
    connect(workspace_, &WorkspaceController::riskMatrixReady, riskMatrix_, &RiskMatrixView::setData);
    connect(series_, &TimeSeriesView::rangeSelected, workspace_, &WorkspaceController::requestTrades);
    connect(workspace_, &WorkspaceController::tradesReady, this, [this](const TradeListData& data) {
        trades_->setTrades(data);
        if (auto* d = qobject_cast<QDockWidget*>(trades_->parentWidget())) d->show(), d->raise();
    });
    connect(profilePage_, &ProfilePageView::featureActivated, this, [this](const QString& feature) {
        // Every series carries the early-warning score on its right axis: its row opens the shown one.
        const QString shown = feature == QLatin1String(kWarningScoreFeature) ? series_->featureName() : feature;
        workspace_->requestSeries(selection_->institution(), shown, series_->companionNames());
    });
    connect(profilePage_, &ProfilePageView::institutionActivated, selection_, &SelectionModel::setInstitution);
    connect(heatmap_, &HeatmapView::featureRequested, workspace_, &WorkspaceController::requestHeatmap);
    connect(series_, &TimeSeriesView::featureChanged, this,
            [this](const QString& feature) {
                workspace_->requestSeries(selection_->institution(), feature, series_->companionNames());
            });
    connect(series_, &TimeSeriesView::companionsChanged, this, [this](const QStringList& companions) {
        if (selection_->institution().valid())
            workspace_->requestSeries(selection_->institution(), series_->featureName(), companions);
    });
    connect(workspace_, &WorkspaceController::heatmapReady, heatmap_, &HeatmapView::setData);
    connect(workspace_, &WorkspaceController::seriesReady, series_, &TimeSeriesView::setSeries);
    connect(workspace_, &WorkspaceController::opened, this, &MainWindow::showWorkspace);
    wireAlerts();
    wireDashboard();
    wireRuleEditor();
    connectLearning();
    connect(jobs_, &JobRunner::jobFailed, this, [this](const QString& title, const QString& reason) {
        if (!workspace_->isOpen()) QMessageBox::critical(this, title, reason);
    });
    // After the menus, docks and toolbars (set as they were made): the title and status, then the data.
    texts_->add(this, [this] {
        showWorkspaceName();
        reloadTranslatedData();
    });
    resize(1500, 950);
    defaultLayout_ = saveState(kLayoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectLearning() {
    connect(learningView_, &LearningView::runRequested, this, &MainWindow::startLearning);
    connect(learning_, &LearningController::trainingStarted, learningView_, &LearningView::trainingStarted);
    connect(learning_, &LearningController::epochReported, learningView_, &LearningView::appendEpoch);
    connect(learning_, &LearningController::finished, learningView_, [this] { learningView_->setRunning(false); });
    connect(learning_, &LearningController::clustersReady, this, [this](const ClusterData& data) {
        learningView_->setClusters(data);
        // The radar compares with the institution's cluster as soon as clusters are known.
        if (selection_->institution().valid()) radar_->setProfile(workspace_->radarFor(selection_->institution()));
    });
    connect(learning_, &LearningController::warningRunReady, this, [this](const WarningRunData& data) {
        learningView_->setWarningRun(data);
        // Scores now show in the risk matrix, the series and the heatmap's choices.
        warningScores_ = data.valid;
        if (!data.valid) return;
        offerFeatureChoices();
        workspace_->requestRiskMatrix(selection_->day());
        if (selection_->institution().valid())
            workspace_->requestSeries(selection_->institution(), series_->featureName(), series_->companionNames());
    });
}

void MainWindow::startLearning() {
    if (!workspace_->isOpen()) {
        QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace first."));
        return;
    }
    LearningOptionsDialog dialog(LearningController::defaultOptions(), workspace_->snapshot().days, this);
    if (dialog.exec() != QDialog::Accepted) return;
    learningView_->setRunning(true);
    if (auto* d = qobject_cast<QDockWidget*>(learningView_->parentWidget())) d->show(), d->raise();
    learning_->start(dialog.options());
}

void MainWindow::createDocks() {
    auto* listDock = dock(this, texts_, [] { return tr("Institutions"); }, "institutionsDock", list_);
    auto* radarDock = dock(this, texts_, [] { return tr("Profile vs peers"); }, "radarDock", radar_);
    auto* seriesDock = dock(this, texts_, [] { return tr("Time series"); }, "timeSeriesDock", series_);
    auto* heatmapDock = dock(this, texts_, [] { return tr("Heatmap"); }, "heatmapDock", heatmap_);
    auto* profileDock = dock(this, texts_, [] { return tr("Profile"); }, "profilePageDock", profilePage_);
    auto* tradesDock = dock(this, texts_, [] { return tr("Trades"); }, "tradesDock", trades_);
    auto* riskMatrixDock = dock(this, texts_, [] { return tr("Risk matrix"); }, "riskMatrixDock", riskMatrix_);
    auto* alertsDock = dock(this, texts_, [] { return tr("Alerts"); }, "alertsDock", alerts_);
    auto* rulesDock = dock(this, texts_, [] { return tr("Rule editor"); }, "ruleEditorDock", ruleEditor_);
    auto* stressDock = dock(this, texts_, [] { return tr("Stress test"); }, "stressDock", stress_);
    auto* learningDock = dock(this, texts_, [] { return tr("Strategies and early warning"); }, "learningDock", learningView_);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);
    addDockWidget(Qt::RightDockWidgetArea, radarDock);
    addDockWidget(Qt::RightDockWidgetArea, profileDock);
    tabifyDockWidget(radarDock, profileDock);
    addDockWidget(Qt::RightDockWidgetArea, stressDock);
    tabifyDockWidget(radarDock, stressDock);
    radarDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, seriesDock);
    addDockWidget(Qt::BottomDockWidgetArea, heatmapDock);
    splitDockWidget(seriesDock, heatmapDock, Qt::Horizontal);
    tabifyDockWidget(heatmapDock, tradesDock);
    tabifyDockWidget(heatmapDock, riskMatrixDock);
    tabifyDockWidget(heatmapDock, alertsDock);
    tabifyDockWidget(alertsDock, rulesDock);
    tabifyDockWidget(heatmapDock, learningDock);
    heatmapDock->raise();
    // The side docks narrow, the dashboard and network in the centre wide (1500 px windows too).
    resizeDocks({listDock, radarDock}, {200, 363}, Qt::Horizontal);
    resizeDocks({seriesDock}, {330}, Qt::Vertical);
}

void MainWindow::addBookmark(const QString& name) {
    if (!workspace_->isOpen()) return;
    const Institution* i = workspace_->snapshot().institution(selection_->institution());
    if (!i) return;
    Bookmarks::add(QString::fromStdString(workspace_->snapshot().path),
                   {name, QString::fromStdString(i->code), selection_->day()});
    statusBar()->showMessage(tr("Bookmarked %1").arg(name), 5000);
}

bool MainWindow::openBookmark(int index) {
    if (!workspace_->isOpen()) return false;
    const QList<Bookmark> bookmarks = Bookmarks::load(QString::fromStdString(workspace_->snapshot().path));
    if (index < 0 || index >= bookmarks.size()) return false;
    const Bookmark& b = bookmarks[index];
    const Institution* i = workspace_->snapshot().institutionByCode(b.institutionCode.toStdString());
    if (!i) {
        statusBar()->showMessage(tr("No institution with code %1 in this workspace").arg(b.institutionCode), 10000);
        return false;
    }
    selection_->setInstitution(i->id);
    if (b.day != Date()) selection_->setDay(b.day);
    return true;
}

void MainWindow::goTo(const SearchEntry& entry) {
    if (!workspace_->isOpen()) return;
    switch (entry.kind) {
    case SearchEntry::Kind::Institution:
        selection_->setInstitution(InstitutionId(entry.id));
        raiseDock(QStringLiteral("profilePage"));
        break;
    case SearchEntry::Kind::Instrument: {
        // Who traded it lately: the recent window up to the time cursor.
        const auto& days = workspace_->snapshot().days;
        const Date to = selection_->day() != Date() ? selection_->day() : (days.empty() ? Date() : days.back());
        workspace_->requestInstrumentTrades(InstrumentId(entry.id), entry.code, recentWindowStart(days, to), to);
        raiseDock(QStringLiteral("trades"));
        break;
    }
    case SearchEntry::Kind::Alert:
        alerts_->showSeverity({});
        raiseDock(QStringLiteral("alerts"));
        alerts_->selectAlert(entry.id);
        break;
    }
}

HelpWindow& MainWindow::showHelp(const QString& page) {
    if (!help_) help_ = new HelpWindow(this);
    help_->showPage(page);
    help_->show();
    help_->raise();
    return *help_;
}

bool MainWindow::raiseDock(const QString& name) {
    if (name == QLatin1String("dashboard") || name == QLatin1String("network")) {
        central_->setCurrentIndex(name == QLatin1String("dashboard") ? 0 : 1);
        return true;
    }
    auto* d = findChild<QDockWidget*>(name + QStringLiteral("Dock"));
    if (!d) return false;
    d->show();
    d->raise();
    return true;
}

void MainWindow::wireRuleEditor() {
    RuleEditorController* c = ruleEditorController_;
    connect(c, &RuleEditorController::catalogReady, ruleEditor_, &RuleEditorView::setCatalog);
    connect(c, &RuleEditorController::rulesReady, ruleEditor_, &RuleEditorView::setRules);
    connect(c, &RuleEditorController::versionsReady, ruleEditor_, &RuleEditorView::setVersions);
    connect(c, &RuleEditorController::shadowRunReady, ruleEditor_, &RuleEditorView::setShadowRun);
    connect(c, &RuleEditorController::failed, this, [this](const QString& m) { statusBar()->showMessage(m, 15000); });
    connect(ruleEditor_, &RuleEditorView::ruleChosen, c, &RuleEditorController::requestVersions);
    connect(ruleEditor_, &RuleEditorView::saveRequested, c, &RuleEditorController::save);
    connect(ruleEditor_, &RuleEditorView::enableRequested, c, &RuleEditorController::setEnabled);
    connect(ruleEditor_, &RuleEditorView::backtestRequested, c, &RuleEditorController::backtest);
}

// An alert points at an institution and a day: every view follows the institution, the time series
// marks the day; the dock's requests go to the controller and its answers come back to the dock.
void MainWindow::wireAlerts() {
    connect(alerts_, &AlertsView::alertChosen, this, [this](const AlertRecord& a) {
        selection_->setInstitution(a.alert.institution);
        selection_->setDay(a.alert.day);
    });
    connect(alerts_, &AlertsView::trailRequested, alertsController_, &AlertsController::requestTrail);
    connect(alerts_, &AlertsView::tradesRequested, alertsController_, &AlertsController::requestTrades);
    connect(alertsController_, &AlertsController::tradesReady, alerts_, &AlertsView::setTrades);
    connect(alerts_, &AlertsView::moveRequested, alertsController_, &AlertsController::moveAlert);
    connect(alerts_, &AlertsView::noteRequested, alertsController_, &AlertsController::addNote);
    connect(alerts_, &AlertsView::exportRequested, alertsController_, &AlertsController::exportCsv);
    connect(alertsController_, &AlertsController::alertsReady, alerts_, &AlertsView::setAlerts);
    connect(alertsController_, &AlertsController::statusChanged, alerts_, &AlertsView::setAlertStatus);
    connect(alertsController_, &AlertsController::trailReady, alerts_, &AlertsView::setTrail);
    connect(alertsController_, &AlertsController::replayStarted, alerts_,
            [this](const QString& caption) { alerts_->setAlerts({}, caption); });
    connect(alertsController_, &AlertsController::replayDay, alerts_, &AlertsView::appendAlerts);
    connect(alertsController_, &AlertsController::replayFinished, this, [this](int n) {
        statusBar()->showMessage(tr("Replay done: %n alert(s), none stored (Rules → Reload alerts shows the "
                                    "stored ones)", nullptr, n),
                                 15000);
    });
    connect(alertsController_, &AlertsController::exported, this, [this](const QString& file, int n) {
        statusBar()->showMessage(tr("Exported %n alert(s) to %1", nullptr, n).arg(file), 10000);
    });
    connect(alertsController_, &AlertsController::failed, this, [this](const QString& reason) {
        // Rule-file problems are several lines: those need a dialog, a refusal fits the status bar.
        if (reason.contains(QLatin1Char('\n')))
            QMessageBox::warning(this, tr("Rules"), reason);
        else
            statusBar()->showMessage(reason, 15000);
    });
}

// Every item on the dashboard is one click from its detail: an institution opens its profile, a
// day moves the time cursor, an alert or a severity opens the alerts list.
void MainWindow::wireDashboard() {
    connect(workspace_, &WorkspaceController::dashboardReady, dashboard_, &DashboardView::setData);
    connect(alertsController_, &AlertsController::alertsReady, dashboard_, [this](const std::vector<AlertRecord>& alerts) {
        dashboard_->setAlerts(alerts);
        search_->index().setAlerts(alerts);
    });
    connect(alertsController_, &AlertsController::statusChanged, dashboard_,
            [this](qint64 id, AlertStatus status) { dashboard_->setAlertStatus(id, status); });
    connect(dashboard_, &DashboardView::institutionActivated, this, [this](InstitutionId id) {
        selection_->setInstitution(id);
        raiseDock(QStringLiteral("profilePage"));
    });
    connect(dashboard_, &DashboardView::dayActivated, selection_, &SelectionModel::setDay);
    connect(dashboard_, &DashboardView::alertActivated, this, [this](qint64 id) {
        alerts_->showSeverity({});
        raiseDock(QStringLiteral("alerts"));
        alerts_->selectAlert(id);
    });
    connect(dashboard_, &DashboardView::severityActivated, this, [this](const QString& severity) {
        alerts_->showSeverity(severity);
        raiseDock(QStringLiteral("alerts"));
    });
    connect(dashboard_, &DashboardView::networkRequested, this, [this] { raiseDock(QStringLiteral("network")); });
}

void MainWindow::simulateNewWorkspace() {
    NewSimulationDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const SimulatorConfig config = dialog.config();
    const QString path = dialog.path();
    jobs_->start<QString>(
        tr("Simulating a market of %n institution(s)", nullptr, config.institutions),
        [config, path](JobContext& job) {
            createWorkspace(
                path.toStdString(), [&](Store& store) { MarketSimulator(config).run(store, job.progress, job.stop); },
                true);
            return path;
        },
        [this](QString created) { openWorkspace(created); });
}

void MainWindow::openDemoMarket() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.eagle"));
    if (QFileInfo::exists(path)) return openWorkspace(path);
    QDir().mkpath(folder);
    SimulatorConfig config;
    config.institutions = 120;
    config.days = 250;
    config.seed = 20250102;
    jobs_->start<QString>(
        tr("Creating the demo market"),
        [config, path](JobContext& job) {
            createWorkspace(
                path.toStdString(),
                [&](Store& store) {
                    // As scripts/demo makes it: the market, its profiles and the shipped rules' alerts.
                    MarketSimulator(config).run(store, job.progress, job.stop);
                    computeProfiles(store, {}, job.stop, {.networkFeatures = true});
                    runShippedRules(store, "EagleEye", job.stop);
                },
                true);
            return path;
        },
        [this](QString created) { openWorkspace(created); });
}

void MainWindow::openWorkspace(const QString& path) {
    // An encrypted workspace asks for its passphrase first; cancelling leaves things as they are.
    protection_->unlockThenOpen(path, [this, path] {
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        workspace_->open(path);
    });
}

void MainWindow::selectWhenOpen(const QString& code) {
    pendingSelection_ = code;
    if (workspace_->isOpen()) showWorkspace();
}

// The views show the first choice first: put the feature a supervisor looks at first on top.
// The early-warning score is offered after the stored features once a model has scored the market.
std::pair<QStringList, QStringList> MainWindow::featureChoices(const char* first, bool withWarningScore) const {
    const WorkspaceSnapshot& s = workspace_->snapshot();
    std::pair<QStringList, QStringList> namesAndLabels;
    std::vector<std::string_view> names;
    for (const auto& spec : riskTypes()) names.push_back(spec.name);
    for (const auto& spec : kProfileFeatures) names.push_back(spec.name);
    for (std::string_view name : names) {
        if (!s.feature(std::string(name))) continue;
        const bool top = name == first;
        namesAndLabels.first.insert(top ? 0 : namesAndLabels.first.size(),
                                    QString::fromUtf8(name.data(), qsizetype(name.size())));
        namesAndLabels.second.insert(top ? 0 : namesAndLabels.second.size(), featureDisplayName(name));
    }
    if (withWarningScore) {
        namesAndLabels.first << QString::fromLatin1(kWarningScoreFeature);
        namesAndLabels.second << featureDisplayName(kWarningScoreFeature);
    }
    return namesAndLabels;
}

// The title names the workspace; the status bar says what it holds until another message.
void MainWindow::showWorkspaceName() {
    if (!workspace_->isOpen()) return setWindowTitle(tr("EagleEye — Market Supervision Workstation"));
    const WorkspaceSnapshot& s = workspace_->snapshot();
    setWindowTitle(tr("EagleEye — %1").arg(QFileInfo(QString::fromStdString(s.path)).fileName()));
    statusBar()->showMessage(tr("%n institution(s), %1 to %2", nullptr, int(s.institutions.size()))
                                 .arg(s.days.empty() ? QString() : QString::fromStdString(s.days.front().toString()),
                                      s.days.empty() ? QString() : QString::fromStdString(s.days.back().toString())));
}

// What the background jobs translated as they loaded (feature and market names, institution names in
// Chinese or English) is loaded again in the new language. Not the network: reloading it would end
// a stress test on show (its planes and legend are the view's own texts). Not the alerts: the
// analyst's current alert stays chosen (their names are given as they are drawn).
void MainWindow::reloadTranslatedData() {
    if (!workspace_->isOpen()) return;
    const WorkspaceSnapshot& s = workspace_->snapshot();
    offerFeatureChoices();
    list_->setInstitutions(s.institutions);
    search_->index().setInstitutions(s.institutions);
    const Date day = selection_->day();
    if (const InstitutionId id = selection_->institution(); id.valid()) {
        workspace_->requestRadar(id, day);
        workspace_->requestProfilePage(id, day);
        workspace_->requestSeries(id, series_->featureName(), series_->companionNames());
    }
    workspace_->requestHeatmap(heatmap_->featureName());
    workspace_->requestRiskMatrix(day);
    workspace_->requestDashboard(day);
    learning_->reload();
}

void MainWindow::offerFeatureChoices() {
    const auto heatmapChoices = featureChoices(kDefaultHeatmapFeature, warningScores_);
    heatmap_->setFeatureChoices(heatmapChoices.first, heatmapChoices.second);
    const auto seriesChoices = featureChoices(kDefaultSeriesFeature);
    series_->setFeatureChoices(seriesChoices.first, seriesChoices.second);
    QStringList radarAxes;
    for (const auto& spec : riskTypes()) radarAxes << QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size()));
    radar_->setDimensionChoices(seriesChoices.first, seriesChoices.second, radarAxes);
}

void MainWindow::showWorkspace() {
    const WorkspaceSnapshot& s = workspace_->snapshot();
    // The previous workspace's network goes first: selecting below must not highlight (and rebuild)
    // an institution in it. The new one is handed over last, built once with its selection.
    if (network_->network()) network_->setNetwork(nullptr);
    showWorkspaceName();
    list_->setInstitutions(s.institutions);
    RecentWorkspaces::add(QString::fromStdString(s.path));
    protection_->setWorkspace(QString::fromStdString(s.path));
    search_->index().setInstitutions(s.institutions);
    search_->index().setInstruments(s.instruments);
    alertsController_->setWorkspace(QString::fromStdString(s.path));
    ruleEditorController_->setWorkspace(QString::fromStdString(s.path));
    stress_->reset();
    timeCursor_->setDays(s.days);
    workspace_->requestRiskMatrix(selection_->day());
    workspace_->requestDashboard(selection_->day());

    warningScores_ = false;  // until the workspace's model, if any, has scored the market
    offerFeatureChoices();
    workspace_->setRadarAxes({});
    workspace_->requestHeatmap(heatmap_->featureName());
    learning_->reload();

    InstitutionId target = s.mostAtRisk;
    if (!pendingSelection_.isEmpty()) {
        if (const Institution* i = s.institutionByCode(pendingSelection_.toStdString()))
            target = i->id;
        else
            statusBar()->showMessage(tr("No institution with code %1").arg(pendingSelection_), 10000);
        pendingSelection_.clear();
    }
    if (selection_->institution() == target)
        showInstitution(target);
    else
        selection_->setInstitution(target);
    history_->reset();  // another workspace: its first place is where back stops
    // After the selection, so that the scene is built once, with the institution highlighted.
    network_->setNetwork(s.network);
    networkControls_->refreshCommunities();
}

void MainWindow::showInstitution(InstitutionId id) {
    if (!workspace_->isOpen() || !id.valid()) return;
    if (const Institution* i = workspace_->snapshot().institution(id)) stress_->suggestShock(QString::fromStdString(i->code));
    workspace_->requestRadar(id, selection_->day());
    workspace_->requestProfilePage(id, selection_->day());
    workspace_->requestSeries(id, series_->featureName(), series_->companionNames());
}

// The time cursor moved: the radar and the network follow (the heatmap and the series mark the
// day themselves).
void MainWindow::showDay(Date day) {
    if (!workspace_->isOpen()) return;
    if (selection_->institution().valid()) {
        workspace_->requestRadar(selection_->institution(), day);
        workspace_->requestProfilePage(selection_->institution(), day);
    }
    workspace_->requestNetwork(day);
    workspace_->requestRiskMatrix(day);
    workspace_->requestDashboard(day);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value("mainWindow/geometry").toByteArray());
    restoreState(settings.value("mainWindow/state").toByteArray(), kLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("mainWindow/geometry", saveGeometry());
    settings.setValue("mainWindow/state", saveState(kLayoutVersion));
    jobs_->cancelAll();
    event->accept();
}

}  // namespace eagle
