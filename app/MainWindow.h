#pragma once
// The workstation's main window: creates the views as docks around the network, wires them to the
// shared selection and the workspace controller, and keeps the dock layout between sessions.
// It computes nothing itself.

#include "Date.h"
#include "Ids.h"

#include <QMainWindow>

namespace eagle {

class HeatmapView;
class InstitutionListView;
class JobRunner;
class JobStatusBar;
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

    JobRunner& jobs() { return *jobs_; }
    WorkspaceController& workspace() { return *workspace_; }
    SelectionModel& selection() { return *selection_; }
    InstitutionListView& institutionList() { return *list_; }
    NetworkView& networkView() { return *network_; }
    NetworkControls& networkControls() { return *networkControls_; }
    StressPanel& stressPanel() { return *stress_; }
    RadarView& radarView() { return *radar_; }
    TimeSeriesView& timeSeriesView() { return *series_; }
    HeatmapView& heatmapView() { return *heatmap_; }
    TimeCursorBar& timeCursor() { return *timeCursor_; }
    ProfilePageView& profilePage() { return *profilePage_; }
    TradeListView& tradeList() { return *trades_; }
    RiskMatrixView& riskMatrix() { return *riskMatrix_; }
    LearningView& learningView() { return *learningView_; }
    LearningController& learning() { return *learning_; }
    ViewExportReaction& viewExport() { return *viewExport_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createActions();
    void connectLearning();
    void startLearning();
    void showWorkspace();
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
    RadarView* radar_;
    TimeSeriesView* series_;
    HeatmapView* heatmap_;
    ProfilePageView* profilePage_;
    TradeListView* trades_;
    RiskMatrixView* riskMatrix_;
    TimeCursorBar* timeCursor_;
    LearningView* learningView_;
    LearningController* learning_;
    ViewExportReaction* viewExport_ = nullptr;
    QByteArray defaultLayout_;
    QString pendingSelection_;
};

}  // namespace eagle
