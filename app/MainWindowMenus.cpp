// MainWindow's menus and their actions (File, Edit, View, Go, Bookmarks, Rules, Analysis, Help): made
// once, their texts set again on a change of language through LiveTexts.
#include "MainWindow.h"

#include "AlertsController.h"
#include "AlertsView.h"
#include "AuditLogDialog.h"
#include "Bookmarks.h"
#include "BriefingReportDialog.h"
#include "ClusterScatterView.h"
#include "DashboardView.h"
#include "EvaluationTableView.h"
#include "ExportAudit.h"
#include "ExportDialog.h"
#include "FeatureNames.h"
#include "HeatmapView.h"
#include "HelpWindow.h"
#include "ImportHistoryDialog.h"
#include "ImportWizard.h"
#include "InstitutionListView.h"
#include "JobRunner.h"
#include "JobStatusBar.h"
#include "LearningController.h"
#include "LearningOptionsDialog.h"
#include "LearningView.h"
#include "LiveTexts.h"
#include "MarketSimulator.h"
#include "NavigationHistory.h"
#include "NetworkControls.h"
#include "NetworkView.h"
#include "NewSimulationDialog.h"
#include "ProfileFeatures.h"
#include "ProfilePageView.h"
#include "ProfilePipeline.h"
#include "ProtectionReaction.h"
#include "RadarView.h"
#include "RecentWorkspaces.h"
#include "RiskMatrixView.h"
#include "RiskScores.h"
#include "RuleEditorController.h"
#include "RuleEditorView.h"
#include "SearchBox.h"
#include "SelectionModel.h"
#include "SettingsDialog.h"
#include "ShippedRules.h"
#include "Store.h"
#include "StressPanel.h"
#include "Theme.h"
#include "TimeCursorBar.h"
#include "TimeSeriesView.h"
#include "TradeListView.h"
#include "TrainingCurveView.h"
#include "ViewExportReaction.h"
#include "WarningLookup.h"
#include "WorkspaceController.h"
#include "WorkspaceFile.h"
#include "WorkspaceLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

namespace eagle {

template <typename T>
T* MainWindow::named(T* item, QString (*text)()) {
    if constexpr (std::is_same_v<T, QMenu>)
        texts_->add(item, [item, text] { item->setTitle(text()); });
    else
        texts_->add(item, [item, text] { item->setText(text()); });
    return item;
}

void MainWindow::createActions() {
    createViewExport();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createGoMenu();
    createRulesMenu();
    createAnalysisMenu();
    createHelpMenu();
}

// Every view that can be written to a picture or a table, and the audit record of each export.
void MainWindow::createViewExport() {
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
}

void MainWindow::createFileMenu() {
    QMenu* file = named(menuBar()->addMenu(QString()), [] { return tr("&File"); });
    QAction* open = named(file->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), {},
                                                          tr("EagleEye workspaces (*.eagle)"));
        if (!path.isEmpty()) openWorkspace(path);
    }), [] { return tr("&Open workspace…"); });
    open->setShortcut(QKeySequence::Open);
    QMenu* recent = named(file->addMenu(QString()), [] { return tr("Open &recent"); });
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    named(file->addAction(QString(), this, &MainWindow::simulateNewWorkspace), [] { return tr("&New workspace from simulation…"); });
    file->addSeparator();
    addWorkspaceFileActions(file);
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
}

void MainWindow::fillRecentMenu(QMenu* recent) {
    recent->clear();
    const QStringList paths = RecentWorkspaces::list();
    for (int k = 0; k < paths.size(); ++k)
        recent->addAction(QStringLiteral("&%1 %2").arg(k + 1).arg(QFileInfo(paths[k]).fileName()), this,
                          [this, path = paths[k]] { openWorkspace(path); })
            ->setToolTip(paths[k]);
    if (paths.isEmpty()) recent->addAction(tr("No recent workspaces"))->setEnabled(false);
    recent->addSeparator();
    recent->addAction(tr("&Clear the list"), this, [] { RecentWorkspaces::clear(); });
}

// Import, export, the briefing report, import history and the audit log: each works on the open
// workspace's file.
void MainWindow::addWorkspaceFileActions(QMenu* file) {
    const auto withWorkspace = [this](auto show) {
        return [this, show] {
            if (!workspace_->isOpen()) {
                QMessageBox::information(this, tr("No workspace"), tr("Open or create a workspace first."));
                return;
            }
            show(QString::fromStdString(workspace_->snapshot().path));
        };
    };
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
}

void MainWindow::createEditMenu() {
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
}

void MainWindow::createViewMenu() {
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
}

void MainWindow::createAnalysisMenu() {
    QMenu* analysis = named(menuBar()->addMenu(QString()), [] { return tr("&Analysis"); });
    named(analysis->addAction(QString(), this, &MainWindow::startLearning), [] { return tr("&Cluster and train early warning"); });
}

void MainWindow::createHelpMenu() {
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

}  // namespace eagle
