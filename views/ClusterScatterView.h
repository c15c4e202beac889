#pragma once
// Institutions on the first two principal components of their strategy profiles (QCustomPlot),
// one colour per strategy cluster, with the strongest feature loadings as arrows. A click selects
// the nearest institution in the shared selection; the selected one is ringed.

#include "ExportableView.h"
#include "LearningData.h"

#include <QColor>
#include <QPoint>
#include <QPointF>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPTextElement;
class QMouseEvent;

namespace eagle {

class SelectionModel;

class ClusterScatterView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit ClusterScatterView(QWidget* parent = nullptr);
    ~ClusterScatterView() override;

    void setData(ClusterData data);
    void setSelectionModel(SelectionModel* selection);

    // ExportableView: the scatter as drawn; each institution's point and cluster as CSV
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

    // The colour of a cluster, shared with the cluster summary and the radar.
    static QColor clusterColour(int cluster);
    // What is drawn: the points of one cluster's graph (pc1, pc2) and its pen colour.
    QVector<QPointF> plottedPoints(int cluster) const;
    QColor plottedColour(int cluster) const;
    int clusterCount() const { return int(graphs_.size()); }
    // Where an institution's point sits, in this widget's coordinates ((-1, -1) when not shown).
    QPoint pointPosition(InstitutionId id) const;
    InstitutionId ringed() const;
    QWidget* plotWidget() const;

private:
    void rebuild();
    void updateRing();
    void onPlotRelease(QMouseEvent* event);

    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    std::vector<QCPGraph*> graphs_;  // one per cluster
    QCPGraph* ring_ = nullptr;  // one point: the selected institution, ringed
    ClusterData data_;
    QPointer<SelectionModel> selection_;
    QPoint pressPos_;
};

}  // namespace eagle
