#pragma once
// The learning dock: the strategy map (PCA scatter coloured by cluster, and the cluster summary),
// the early-warning model's training curves and its evaluation against the baselines, with the
// button that starts clustering and training in the background.

#include "LearningData.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace eagle {

class ClusterScatterView;
class ClusterSummaryView;
class EvaluationTableView;
class SelectionModel;
class TrainingCurveView;

class LearningView : public QWidget {
    Q_OBJECT
public:
    explicit LearningView(QWidget* parent = nullptr);

    void setSelectionModel(SelectionModel* selection);
    void setClusters(const ClusterData& data);
    void setWarningRun(const WarningRunData& data);
    // A job started training: the curves restart and grow with each epoch.
    void trainingStarted();
    void appendEpoch(const eagle::TrainingEpoch& epoch);
    void setRunning(bool running);

    ClusterScatterView& scatter() { return *scatter_; }
    ClusterSummaryView& summary() { return *summary_; }
    TrainingCurveView& curves() { return *curves_; }
    EvaluationTableView& evaluation() { return *evaluation_; }
    QTabWidget& tabs() { return *tabs_; }

    // The view on the current tab that exports (the scatter, the curves or the evaluation table).
    QWidget* currentExportable() const;

signals:
    void runRequested();
    // Export… was pressed: the app opens its export dialog on view.
    void exportRequested(QWidget* view);

private:
    QPushButton* run_ = nullptr;
    QPushButton* export_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ClusterScatterView* scatter_ = nullptr;
    ClusterSummaryView* summary_ = nullptr;
    TrainingCurveView* curves_ = nullptr;
    EvaluationTableView* evaluation_ = nullptr;
};

}  // namespace eagle
