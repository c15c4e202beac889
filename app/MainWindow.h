#pragma once
// The workstation's main window: creates the views as docks around the network, wires them to the
// shared selection and the workspace controller, and keeps the dock layout between sessions.
// It computes nothing itself.

#include "Date.h"
#include "Ids.h"

#include <QMainWindow>

class QTabWidget;

class QUndoStack;

namespace eagle {

class AlertsController;
class AlertsView;
class DashboardView;
class HelpWindow;
class HeatmapView;
class RuleEditorController;
class RuleEditorView;
class InstitutionListView;
class JobRunner;
class JobStatusBar;
class LiveTexts;
class NavigationHistory;
class SearchBox;
struct SearchEntry;
class NetworkControls;
class LearningController;
class LearningView;
class NetworkView;
class ProfilePageView;
class RadarView;
class RiskMatrixView;
class SelectionModel;
class StressPanel;
class TimeCursorBar;
class TimeSeriesView;
class TradeListView;
class ProtectionReaction;
class ViewExportReaction;
class WorkspaceController;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openWorkspace(const QString& path);
    // Asks for a market's size, period and scenarios, simulates it in the background, opens it.
    void simulateNewWorkspace();
    // Opens the demo market in the user's data folder, simulating it there first if it is not yet
    // (120 institutions, 250 business days, the seed scripts/demo uses).
    void openDemoMarket();
    // Selects the institution with this code as soon as the workspace is open (or now).
    void selectWhenOpen(const QString& code);
    // Brings a view to the front by its short name: the central dashboard or network, or a dock
    // (institutions, radar, profilePage, timeSeries, heatmap, trades, riskMatrix, alerts,
    // ruleEditor). False when there is no such view.
    bool raiseDock(const QString& name);

    JobRunner& jobs() { return *jobs_; }
    WorkspaceController& workspace() { return *workspace_; }
    SelectionModel& selection() { return *selection_; }
    InstitutionListView& institutionList() { return *list_; }
    NetworkView& networkView() { return *network_; }
    DashboardView& dashboard() { return *dashboard_; }
    QTabWidget& centralTabs() { return *central_; }
    NavigationHistory& history() { return *history_; }
    SearchBox& searchBox() { return *search_; }
    // Goes where a search result points: an institution's profile, an instrument's trades, an alert.
    void goTo(const SearchEntry& entry);
    // Saves the institution and day in view as a bookmark of this workspace under `name`.
    void addBookmark(const QString& name);
    // Goes to the bookmark: false when its institution is not in the workspace.
    bool openBookmark(int index);
    // Opens the help window on a page (README.md, docs/rules.md, …).
    HelpWindow& showHelp(const QString& page);
    NetworkControls& networkControls() { return *networkControls_; }
    StressPanel& stressPanel() { return *stress_; }
    RadarView& radarView() { return *radar_; }
    TimeSeriesView& timeSeriesView() { return *series_; }
    HeatmapView& heatmapView() { return *heatmap_; }
    TimeCursorBar& timeCursor() { return *timeCursor_; }
    ProfilePageView& profilePage() { return *profilePage_; }
    TradeListView& tradeList() { return *trades_; }
    RiskMatrixView& riskMatrix() { return *riskMatrix_; }
    AlertsView& alertsView() { return *alerts_; }
    AlertsController& alertsController() { return *alertsController_; }
    QUndoStack& undoStack() { return *undo_; }
    RuleEditorView& ruleEditor() { return *ruleEditor_; }
    RuleEditorController& ruleEditorController() { return *ruleEditorController_; }
    LearningView& learningView() { return *learningView_; }
    LearningController& learning() { return *learning_; }
    ViewExportReaction& viewExport() { return *viewExport_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createViewExport();
    void createFileMenu();
    void fillRecentMenu(QMenu* recent);
    void addWorkspaceFileActions(QMenu* file);
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void createRulesMenu();
    void createAnalysisMenu();
    void createHelpMenu();
    void fillBookmarksMenu();
    void wireAlerts();
    void wireDashboard();
    void wireRuleEditor();
    void connectLearning();
    void startLearning();
    void showWorkspace();
    std::pair<QStringList, QStringList> featureChoices(const char* first, bool withWarningScore = false) const;
    // The heatmap's, series' and radar's feature choices, labelled in the current language.
    void offerFeatureChoices();
    void showWorkspaceName();
    // After a change of language: the data whose labels were translated as it was loaded.
    void reloadTranslatedData();
    // The action's or menu's text, now and after every change of language.
    template <typename T>
    T* named(T* item, QString (*text)());
    void showInstitution(InstitutionId id);
    void showDay(Date day);
    void restoreLayout();

    JobRunner* jobs_;
    SelectionModel* selection_;
    WorkspaceController* workspace_;
    JobStatusBar* jobStatus_;
    InstitutionListView* list_;
    NetworkView* network_;
    NetworkControls* networkControls_;
    StressPanel* stress_;
    DashboardView* dashboard_;
    QTabWidget* central_;
    RadarView* radar_;
    TimeSeriesView* series_;
    HeatmapView* heatmap_;
    ProfilePageView* profilePage_;
    TradeListView* trades_;
    RiskMatrixView* riskMatrix_;
    TimeCursorBar* timeCursor_;
    QUndoStack* undo_;
    NavigationHistory* history_;
    SearchBox* search_;
    QMenu* bookmarksMenu_ = nullptr;
    HelpWindow* help_ = nullptr;
    AlertsView* alerts_;
    AlertsController* alertsController_;
    RuleEditorView* ruleEditor_;
    RuleEditorController* ruleEditorController_;
    LearningView* learningView_;
    LearningController* learning_;
    ViewExportReaction* viewExport_ = nullptr;
    ProtectionReaction* protection_ = nullptr;
    // Of the saved dock layout: 2: profile page dock and time-cursor toolbar; 3: risk matrix,
    // trades, alerts, rules, stress test; 4: dashboard.
    static constexpr int kLayoutVersion = 4;
    QByteArray defaultLayout_;
    LiveTexts* texts_;  // menus, docks, toolbars and the title, in the current language
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    bool warningScores_ = false;  // an early-warning model has scored this workspace's market
    QString pendingSelection_;
};

}  // namespace eagle
