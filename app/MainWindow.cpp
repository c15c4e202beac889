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
// 2: profile page dock and time-cursor toolbar; 3: risk matrix, trades, alerts, rules, stress test;
// 4: dashboard
constexpr int kLayoutVersion = 4;
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

template <typename T>
T* MainWindow::named(T* item, QString (*text)()) {
    if constexpr (std::is_same_v<T, QMenu>)
        texts_->add(item, [item, text] { item->setTitle(text()); });
    else
        texts_->add(item, [item, text] { item->setText(text()); });
    return item;
}

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

void MainWindow::createActions() {
    QMenu* file = named(menuBar()->addMenu(QString()), [] { return tr("&File"); });
    QAction* open = named(file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                          tr("EagleEye workspaces (*.eagle)"));
        if (!path.isEmpty()) openWorkspace(path);
    }), [] { return tr("&Open workspace…"); });
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = named(file->addMenu(QString()), [] { return tr("Open &recent"); });
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList paths = RecentWorkspaces::list();
        for (int k = 0; k < paths.size(); ++k)
            recent->addAction(QStringLiteral("&%1 %2").arg(k + 1).arg(QFileInfo(paths[k]).fileName()), this,
                              [this, path = paths[k]] { openWorkspace(path); })
                ->setToolTip(paths[k]);
        if (paths.isEmpty()) recent->addAction(tr("No recent workspaces"))->setEnabled(false);
        recent->addSeparator();
        recent->addAction(tr("&Clear the list"), this, [] { RecentWorkspaces::clear(); });
    });
    named(file->addAction(QString(), this, &MainWindow::simulateNewWorkspace), [] { return tr("&New workspace from simulation…"); });
    // Import, export and import history work on the open workspace's file.
    const auto withWorkspace = [this](auto show) {
        return [this, show] {
            if (!workspace_->isOpen()) {
                QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace first."));
                return;
            }
            show(QString::fromStdString(workspace_->snapshot().path));
        };
    };
    file->addSeparator();
    named(file->addAction(QString(), this, withWorkspace([this](const QString& path) {
        auto* wizard = new ImportWizard(*jobs_, path, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ImportWizard::imported, this, [this, path] { openWorkspace(path); });
        wizard->show();
    })), [] { return tr("&Import…"); });
    named(file->addAction(QString(), this, withWorkspace([this](const QString& path) {
        auto* dialog = new ExportDialog(*jobs_, path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this, [this](const QString& file, qint64 rows) {
            statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, int(rows)).arg(file), 10000);
        });
        dialog->show();
    })), [] { return tr("&Export…"); });
    viewExport_ = new ViewExportReaction(this);
    // A view in a dock is named by its dock's title; the network, in the centre, by its own.
    viewExport_->addView(network_, network_, [] { return tr("Exposure network"); });
    viewExport_->addView(radar_, radar_);
    viewExport_->addView(series_, series_);
    viewExport_->addView(heatmap_, heatmap_);
    viewExport_->addView(riskMatrix_, riskMatrix_);
    viewExport_->addView(profilePage_, profilePage_);
    viewExport_->addView(trades_, trades_);
    viewExport_->addView(list_, list_);
    viewExport_->addView(&learningView_->scatter(), &learningView_->scatter());
    viewExport_->addView(&learningView_->curves(), &learningView_->curves());
    viewExport_->addView(&learningView_->evaluation(), &learningView_->evaluation());
    connect(learningView_, &LearningView::exportRequested, viewExport_, &ViewExportReaction::exportViewOf);
    connect(networkControls_, &NetworkControls::exportRequested, viewExport_, [this] { viewExport_->exportViewOf(network_); });
    connect(viewExport_, &ViewExportReaction::exported, this, [this](const QString& path, const QString& view) {
        if (workspace_->isOpen())
            recordExport(*jobs_, workspace_->snapshot().path, path, "view: " + view.toStdString());
        statusBar()->showMessage(tr("Exported %1").arg(path), 10000);
    });
    QAction* exportView = named(file->addAction(QString(), viewExport_, &ViewExportReaction::exportFocusedView), [] { return tr("Export &view…"); });
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    named(file->addAction(QString(), this, withWorkspace([this](const QString&) {
        auto* dialog = new BriefingReportDialog(*jobs_, std::make_shared<const WorkspaceSnapshot>(workspace_->snapshot()),
                                                selection_->day(), selection_->institution(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BriefingReportDialog::written, this, [this](const QString& path, int pages) {
            statusBar()->showMessage(tr("Wrote %1 (%n page(s))", nullptr, pages).arg(path), 10000);
        });
        dialog->show();
    })), [] { return tr("&Briefing report…"); });
    named(file->addAction(QString(), this, withWorkspace([this](const QString& path) {
        auto* dialog = new ImportHistoryDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    })), [] { return tr("Import &history…"); });
    QAction* audit = named(file->addAction(QString(), this, withWorkspace([this](const QString& path) {
        auto* dialog = new AuditLogDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    })), [] { return tr("&Audit log…"); });
    audit->setObjectName(QStringLiteral("auditLogAction"));
    file->addSeparator();
    protection_ = new ProtectionReaction(*jobs_, this);
    protection_->addActions(file);
    texts_->add(protection_, [this] { protection_->retranslate(); });
    connect(protection_, &ProtectionReaction::protectionChanged, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Rewrote %1").arg(QFileInfo(path).fileName()), 10000); });
    file->addSeparator();
    named(file->addAction(QString(), this, [this] {
        auto* dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }), [] { return tr("&Settings…"); });
    QAction* quit = named(file->addAction(QString(), this, &QWidget::close), [] { return tr("&Quit"); });
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = named(menuBar()->addMenu(QString()), [] { return tr("&Edit"); });
    // The stack writes its prefix into the actions' text as it changes: new actions for a new language.
    texts_->add(edit, [this, edit] {
        const QList<QAction*> old{undoAction_, redoAction_};
        undoAction_ = undo_->createUndoAction(this, tr("&Undo"));
        undoAction_->setShortcut(QKeySequence::Undo);
        redoAction_ = undo_->createRedoAction(this, tr("&Redo"));
        redoAction_->setShortcut(QKeySequence::Redo);
        edit->insertActions(edit->actions().value(0), {undoAction_, redoAction_});
        qDeleteAll(old);
    });

    QMenu* view = named(menuBar()->addMenu(QString()), [] { return tr("&View"); });
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());
    view->addSeparator();
    named(view->addAction(QString(), this, [this] { restoreState(defaultLayout_, kLayoutVersion); }), [] { return tr("&Reset layout"); });
    QMenu* theme = named(view->addMenu(QString()), [] { return tr("&Theme"); });
    auto* themes = new QActionGroup(this);
    using Label = QString (*)();
    for (const auto& [label, choice] : {std::pair<Label, Theme>{[] { return tr("&Light"); }, Theme::Light},
                                        std::pair<Label, Theme>{[] { return tr("&Dark"); }, Theme::Dark}}) {
        QAction* a = named(theme->addAction(QString(), this, [choice = choice] {
            saveTheme(choice);
            applyTheme(*qApp, choice);
        }), label);
        a->setCheckable(true);
        a->setChecked(savedTheme() == choice);
        themes->addAction(a);
    }

    createGoMenu();
    createRulesMenu();

    QMenu* analysis = named(menuBar()->addMenu(QString()), [] { return tr("&Analysis"); });
    named(analysis->addAction(QString(), this, &MainWindow::startLearning), [] { return tr("&Cluster and train early warning"); });

    QMenu* help = named(menuBar()->addMenu(QString()), [] { return tr("&Help"); });
    QAction* guide = named(help->addAction(QString(), this, [this] { showHelp(QStringLiteral("README.md")); }), [] { return tr("&User guide"); });
    guide->setShortcut(QKeySequence::HelpContents);
    named(help->addAction(QString(), this, [this] { showHelp(QStringLiteral("docs/features.md")); }), [] { return tr("The &features and scores"); });
    named(help->addAction(QString(), this, [this] { showHelp(QStringLiteral("docs/rules.md")); }), [] { return tr("The &rule language"); });
    help->addSeparator();
    named(help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About EagleEye"),
                           tr("<h3>EagleEye 鹰眼 %1</h3><p>A visual-analytics workstation for financial-market "
                              "supervisors: institution profiles, exposure networks, supervisors' own risk rules "
                              "and early warning.</p><p>Built with Qt %2, VTK, QCustomPlot, Eigen, igraph and "
                              "SQLite. Works offline; the workspace file holds all data.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    }), [] { return tr("&About EagleEye"); });
}

// Back and forward through the places visited, the search box and the bookmarks.
void MainWindow::createGoMenu() {
    QMenu* go = named(menuBar()->addMenu(QString()), [] { return tr("&Go"); });
    QAction* back = named(go->addAction(QString(), history_, &NavigationHistory::back), [] { return tr("&Back"); });
    back->setShortcut(QKeySequence::Back);
    texts_->add(back, [back] { back->setToolTip(tr("Back to the institution and day shown before (Alt+Left)")); });
    QAction* forward = named(go->addAction(QString(), history_, &NavigationHistory::forward), [] { return tr("&Forward"); });
    forward->setShortcut(QKeySequence::Forward);
    texts_->add(forward, [forward] { forward->setToolTip(tr("Forward again (Alt+Right)")); });
    const auto update = [this, back, forward] {
        back->setEnabled(history_->canGoBack());
        forward->setEnabled(history_->canGoForward());
    };
    connect(history_, &NavigationHistory::changed, this, update);
    update();
    go->addSeparator();
    QAction* find = named(go->addAction(QString(), this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    }), [] { return tr("&Search…"); });
    find->setShortcut(QKeySequence::Find);
    named(go->addAction(QString(), this, [this] { raiseDock(QStringLiteral("dashboard")); }), [] { return tr("&Dashboard"); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    named(go->addAction(QString(), this, [this] { raiseDock(QStringLiteral("network")); }), [] { return tr("&Network"); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    if (auto* bar = findChild<QToolBar*>("timeCursorToolBar")) {
        bar->insertAction(bar->actions().value(0), forward);
        bar->insertAction(forward, back);
    }

    bookmarksMenu_ = named(menuBar()->addMenu(QString()), [] { return tr("&Bookmarks"); });
    connect(bookmarksMenu_, &QMenu::aboutToShow, this, &MainWindow::fillBookmarksMenu);
    fillBookmarksMenu();
}

void MainWindow::fillBookmarksMenu() {
    bookmarksMenu_->clear();
    QAction* add = bookmarksMenu_->addAction(tr("&Add bookmark…"), this, [this] {
        const Institution* i = workspace_->isOpen() ? workspace_->snapshot().institution(selection_->institution()) : nullptr;
        if (!i) return;
        const QString suggested = QStringLiteral("%1 · %2").arg(QString::fromStdString(i->code),
                                                                QString::fromStdString(selection_->day().toString()));
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add bookmark"), tr("Name:"), QLineEdit::Normal, suggested, &ok);
        if (ok && !name.trimmed().isEmpty()) addBookmark(name.trimmed());
    });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    add->setEnabled(workspace_->isOpen() && selection_->institution().valid());
    if (!workspace_->isOpen()) return;
    const QString path = QString::fromStdString(workspace_->snapshot().path);
    const QList<Bookmark> bookmarks = Bookmarks::load(path);
    if (bookmarks.isEmpty()) return;
    bookmarksMenu_->addSeparator();
    for (int k = 0; k < bookmarks.size(); ++k)
        bookmarksMenu_->addAction(bookmarks[k].name, this, [this, k] { openBookmark(k); });
    bookmarksMenu_->addSeparator();
    bookmarksMenu_->addAction(tr("&Remove this workspace's bookmarks"), this, [path] { Bookmarks::save(path, {}); });
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

void MainWindow::createRulesMenu() {
    QMenu* rules = named(menuBar()->addMenu(QString()), [] { return tr("&Rules"); });
    const auto withWorkspace = [this](auto act) {
        return [this, act] {
            if (!alertsController_->hasWorkspace())
                QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace first."));
            else
                act();
        };
    };
    named(rules->addAction(QString(), this, [this] { raiseDock(QStringLiteral("ruleEditor")); }), [] { return tr("&Edit rules…"); });
    named(rules->addAction(QString(), this, withWorkspace([this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open rules"), QStringLiteral(EAGLEEYE_RULES_DIR),
                                                          tr("Rule files (*.rules);;All files (*)"));
        if (file.isEmpty()) return;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) return;
        ruleEditor_->newRule();
        ruleEditor_->setText(QString::fromUtf8(in.readAll()));
        raiseDock(QStringLiteral("ruleEditor"));
    })), [] { return tr("Open a rule file in the &editor…"); });
    rules->addSeparator();
    named(rules->addAction(QString(), this, withWorkspace([this] {
        alertsController_->runEnabledRules();
        raiseDock(QStringLiteral("alerts"));
    })), [] { return tr("Run the &enabled rules"); });
    named(rules->addAction(QString(), this, withWorkspace([this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Run rules"), QStringLiteral(EAGLEEYE_RULES_DIR),
                                                          tr("Rule files (*.rules);;All files (*)"));
        if (file.isEmpty()) return;
        alertsController_->runRules(file);
        raiseDock(QStringLiteral("alerts"));
    })), [] { return tr("&Run a rule file…"); });
    // The pace is how long each replayed day stays on screen before the next one closes.
    QMenu* replay = named(rules->addMenu(QString()), [] { return tr("Re&play the market with the enabled rules"); });
    const std::pair<QString (*)(), int> paces[] = {{[] { return tr("Day by day (one day a second)"); }, 1000},
                                                   {[] { return tr("Brisk (four days a second)"); }, 250},
                                                   {[] { return tr("Fast (25 days a second)"); }, 40},
                                                   {[] { return tr("As fast as possible"); }, 0}};
    for (const auto& [label, msPerDay] : paces)
        named(replay->addAction(QString(), this, withWorkspace([this, ms = msPerDay] {
            alertsController_->replay(ms);
            raiseDock(QStringLiteral("alerts"));
        })), label);
    named(rules->addAction(QString(), alertsController_, &AlertsController::reload), [] { return tr("Re&load alerts"); });
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
