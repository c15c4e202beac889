#pragma once
// The early-warning network's training history (QCustomPlot): training and validation loss per
// epoch on the left axis, validation ROC AUC on the right, the kept (best) epoch marked. Grows
// live while a job trains; shows a stored run's history otherwise.

#include "ExportableView.h"
#include "LearningData.h"

#include <QVector>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPTextElement;

namespace eagle {

class TrainingCurveView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit TrainingCurveView(QWidget* parent = nullptr);
    ~TrainingCurveView() override;

    void setHistory(const std::vector<TrainingEpoch>& epochs, int bestEpoch, const QString& caption);
    // One more epoch of a run being trained now.
    void appendEpoch(const TrainingEpoch& epoch);
    void clear();

    // ExportableView: the curves as drawn; each epoch's losses and AUC as CSV
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

    // What is drawn (epoch, value), for tests.
    QVector<QPointF> trainingLoss() const;
    QVector<QPointF> validationLoss() const;
    QVector<QPointF> validationAuc() const;
    QWidget* plotWidget() const;

private:
    void rescale();

    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPGraph* training_ = nullptr;
    QCPGraph* validation_ = nullptr;
    QCPGraph* auc_ = nullptr;
    QCPItemStraightLine* best_ = nullptr;
};

}  // namespace eagle
