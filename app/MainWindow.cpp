#include "MainWindow.h"

#include "MarketSimulator.h"
#include "NewSimulationDialog.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include "BriefingReportDialog.h"
#include "ExportDialog.h"
#include "FeatureNames.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "HeatmapView.h"
#include "InstitutionListView.h"
#include "JobRunner.h"
#include "JobStatusBar.h"
#include "NetworkControls.h"
#include "LearningController.h"
#include "LearningView.h"
#include "NetworkView.h"
#include "StressPanel.h"
#include "ProfileFeatures.h"
#include "ProfilePageView.h"
#include "RiskScores.h"
#include "RadarView.h"
#include "RiskMatrixView.h"
#include "SelectionModel.h"
#include "SettingsDialog.h"
#include "TimeCursorBar.h"
#include "TradeListView.h"
#include "TimeSeriesView.h"
#include "ViewExportReaction.h"
#include "WorkspaceController.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace eagle {
namespace {
constexpr int kLayoutVersion = 3;  // 2: profile page dock and time-cursor toolbar; 3: stress test dock
const char* const kDefaultHeatmapFeature = "score_liquidity";
const char* const kDefaultSeriesFeature = "overnight_share_20d";

QDockWidget* dock(QMainWindow* window, const QString& title, const char* objectName, QWidget* content) {
    auto* d = new QDockWidget(title, window);
    d->setObjectName(objectName);  // QMainWindow::saveState() identifies docks by object name
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    return d;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), jobs_(new JobRunner(this)), selection_(new SelectionModel(this)),
      workspace_(new WorkspaceController(*jobs_, this)), jobStatus_(new JobStatusBar(*jobs_, this)),
      list_(new InstitutionListView(this)), network_(new NetworkView(this)),
      networkControls_(new NetworkControls(*network_, this)), stress_(new StressPanel(*network_, this)),
      radar_(new RadarView(this)),
      series_(new TimeSeriesView(this)), heatmap_(new HeatmapView(this)), profilePage_(new ProfilePageView(this)),
      trades_(new TradeListView(this)), riskMatrix_(new RiskMatrixView(this)), timeCursor_(new TimeCursorBar(this)),
      learningView_(new LearningView(this)), learning_(new LearningController(*jobs_, *workspace_, this)) {
    setWindowTitle(tr("EagleEye — Market Supervision Workstation"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(networkControls_);
    centreLayout->addWidget(network_, 1);
    setCentralWidget(centre);
    createDocks();
    auto* cursorBar = addToolBar(tr("Time cursor"));
    cursorBar->setObjectName("timeCursorToolBar");
    cursorBar->setMovable(false);
    cursorBar->addWidget(timeCursor_);
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
        workspace_->requestSeries(selection_->institution(), feature);
    });
    connect(heatmap_, &HeatmapView::featureRequested, workspace_, &WorkspaceController::requestHeatmap);
    connect(series_, &TimeSeriesView::featureChanged, this,
            [this](const QString& feature) { workspace_->requestSeries(selection_->institution(), feature); });
    connect(workspace_, &WorkspaceController::heatmapReady, heatmap_, &HeatmapView::setData);
    connect(workspace_, &WorkspaceController::seriesReady, series_, &TimeSeriesView::setSeries);
    connect(workspace_, &WorkspaceController::opened, this, &MainWindow::showWorkspace);
    connectLearning();
    connect(jobs_, &JobRunner::jobFailed, this, [this](const QString& title, const QString& reason) {
        if (!workspace_->isOpen()) QMessageBox::critical(this, title, reason);
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
        // Scores now show in the risk matrix and the series.
        if (!data.valid) return;
        workspace_->requestRiskMatrix(selection_->day());
        if (selection_->institution().valid()) workspace_->requestSeries(selection_->institution(), series_->featureName());
    });
}

void MainWindow::startLearning() {
    if (!workspace_->isOpen()) {
        QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace first."));
        return;
    }
    learningView_->setRunning(true);
    if (auto* d = qobject_cast<QDockWidget*>(learningView_->parentWidget())) d->show(), d->raise();
    learning_->start();
}

void MainWindow::createDocks() {
    auto* listDock = dock(this, tr("Institutions"), "institutionsDock", list_);
    auto* radarDock = dock(this, tr("Profile vs peers"), "radarDock", radar_);
    auto* seriesDock = dock(this, tr("Time series"), "timeSeriesDock", series_);
    auto* heatmapDock = dock(this, tr("Heatmap"), "heatmapDock", heatmap_);
    auto* profileDock = dock(this, tr("Profile"), "profilePageDock", profilePage_);
    auto* tradesDock = dock(this, tr("Trades"), "tradesDock", trades_);
    auto* riskMatrixDock = dock(this, tr("Risk matrix"), "riskMatrixDock", riskMatrix_);
    auto* stressDock = dock(this, tr("Stress test"), "stressDock", stress_);
    auto* learningDock = dock(this, tr("Strategies and early warning"), "learningDock", learningView_);
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
    tabifyDockWidget(heatmapDock, learningDock);
    heatmapDock->raise();
    resizeDocks({listDock, radarDock}, {380, 400}, Qt::Horizontal);
    resizeDocks({seriesDock}, {330}, Qt::Vertical);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                          tr("EagleEye workspaces (*.eagle)"));
        if (!path.isEmpty()) openWorkspace(path);
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&New workspace from simulation…"), this, &MainWindow::simulateNewWorkspace);
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
    file->addAction(tr("&Import…"), this, withWorkspace([this](const QString& path) {
        auto* wizard = new ImportWizard(*jobs_, path, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &ImportWizard::imported, this, [this, path] { openWorkspace(path); });
        wizard->show();
    }));
    file->addAction(tr("&Export…"), this, withWorkspace([this](const QString& path) {
        auto* dialog = new ExportDialog(*jobs_, path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, this, [this](const QString& file, qint64 rows) {
            statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, int(rows)).arg(file), 10000);
        });
        dialog->show();
    }));
    viewExport_ = new ViewExportReaction(this);
    viewExport_->addView(network_, network_, tr("Exposure network"));
    viewExport_->addView(radar_, radar_, tr("Profile vs peers"));
    viewExport_->addView(series_, series_, tr("Time series"));
    viewExport_->addView(heatmap_, heatmap_, tr("Heatmap"));
    viewExport_->addView(riskMatrix_, riskMatrix_, tr("Risk matrix"));
    viewExport_->addView(profilePage_, profilePage_, tr("Profile"));
    viewExport_->addView(trades_, trades_, tr("Trades"));
    viewExport_->addView(list_, list_, tr("Institutions"));
    connect(viewExport_, &ViewExportReaction::exported, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Exported %1").arg(path), 10000); });
    QAction* exportView = file->addAction(tr("Export &view…"), viewExport_, &ViewExportReaction::exportFocusedView);
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Briefing report…"), this, withWorkspace([this](const QString&) {
        auto* dialog = new BriefingReportDialog(*jobs_, std::make_shared<const WorkspaceSnapshot>(workspace_->snapshot()),
                                                selection_->day(), selection_->institution(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BriefingReportDialog::written, this, [this](const QString& path, int pages) {
            statusBar()->showMessage(tr("Wrote %1 (%n page(s))", nullptr, pages).arg(path), 10000);
        });
        dialog->show();
    }));
    file->addAction(tr("Import &history…"), this, withWorkspace([this](const QString& path) {
        auto* dialog = new ImportHistoryDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }));
    file->addSeparator();
    file->addAction(tr("&Settings…"), this, [this] {
        auto* dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* d : findChildren<QDockWidget*>()) view->addAction(d->toggleViewAction());
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, [this] { restoreState(defaultLayout_, kLayoutVersion); });

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Cluster and train early warning"), this, &MainWindow::startLearning);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EagleEye"), this, [this] {
        QMessageBox::about(this, tr("About EagleEye"),
                           tr("<b>EagleEye</b> — a visual-analytics workstation for financial-market "
                              "supervisors: institution profiles, exposure networks and early warning."));
    });
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
                path.toStdString(), [&](Store& store) { MarketSimulator(config).run(store, job.progress, job.stop); },
                true);
            return path;
        },
        [this](QString created) { openWorkspace(created); });
}

void MainWindow::openWorkspace(const QString& path) {
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    workspace_->open(path);
}

void MainWindow::selectWhenOpen(const QString& code) {
    pendingSelection_ = code;
    if (workspace_->isOpen()) showWorkspace();
}

void MainWindow::showWorkspace() {
    const WorkspaceSnapshot& s = workspace_->snapshot();
    setWindowTitle(tr("EagleEye — %1").arg(QFileInfo(QString::fromStdString(s.path)).fileName()));
    statusBar()->showMessage(tr("%n institution(s), %1 to %2", nullptr, int(s.institutions.size()))
                                 .arg(s.days.empty() ? QString() : QString::fromStdString(s.days.front().toString()),
                                      s.days.empty() ? QString() : QString::fromStdString(s.days.back().toString())));
    list_->setInstitutions(s.institutions);
    network_->setNetwork(s.network);
    networkControls_->refreshCommunities();
    stress_->reset();
    timeCursor_->setDays(s.days);
    workspace_->requestRiskMatrix(selection_->day());

    // The views show the first choice first: put the feature a supervisor looks at first on top.
    const auto choices = [&s](const char* first) {
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
        return namesAndLabels;
    };
    const auto heatmapChoices = choices(kDefaultHeatmapFeature);
    heatmap_->setFeatureChoices(heatmapChoices.first, heatmapChoices.second);
    const auto seriesChoices = choices(kDefaultSeriesFeature);
    series_->setFeatureChoices(seriesChoices.first, seriesChoices.second);
    QStringList radarAxes;
    for (const auto& spec : riskTypes()) radarAxes << QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size()));
    radar_->setDimensionChoices(seriesChoices.first, seriesChoices.second, radarAxes);
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
}

void MainWindow::showInstitution(InstitutionId id) {
    if (!workspace_->isOpen() || !id.valid()) return;
    if (const Institution* i = workspace_->snapshot().institution(id)) stress_->suggestShock(QString::fromStdString(i->code));
    workspace_->requestRadar(id, selection_->day());
    workspace_->requestProfilePage(id, selection_->day());
    workspace_->requestSeries(id, series_->featureName());
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
