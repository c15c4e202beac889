#pragma once
// Strategy → Cluster and train…: what the learning job does, chosen before it starts — the period
// whose mean profile is clustered, the range of cluster counts, the seed, and for the early-warning
// model its window, horizon, event kinds and size. Starts from LearningController::defaultOptions().

#include "Date.h"
#include "LearningJob.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSpinBox;

namespace eagle {

class LearningOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // `days` are the workspace's trading days: the period is chosen among them.
    LearningOptionsDialog(const LearningOptions& defaults, const std::vector<Date>& days, QWidget* parent = nullptr);

    LearningOptions options() const;

private:
    void keepConsistent();

    LearningOptions defaults_;
    QDateEdit* from_;
    QDateEdit* to_;
    QSpinBox* minClusters_;
    QSpinBox* maxClusters_;
    QSpinBox* moveWindow_;
    QSpinBox* seed_;
    QCheckBox* train_;
    QSpinBox* window_;
    QSpinBox* horizon_;
    QComboBox* events_;
    QSpinBox* epochs_;
    QSpinBox* hidden_;
    QSpinBox* layers_;
};

}  // namespace eagle
