#pragma once
// One feature for every institution and day as a colour map (QCustomPlot); clicking a cell selects
// its institution and moves the time cursor to its day; the selected institution's row and the
// cursor's day are marked.

#include "HeatmapData.h"
#include "ExportableView.h"
#include "MetaTypes.h"
#include "RowMarker.h"

#include <QPoint>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemStraightLine;
class QCPTextElement;
class QMouseEvent;

namespace eagle {

class FeatureChooser;

class SelectionModel;

class HeatmapView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget* parent = nullptr);
    ~HeatmapView() override;

    // ExportableView
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

    // Feature keys and their display labels, in the order offered to the user.
    void setFeatureChoices(const QStringList& names, const QStringList& labels);
    void setData(HeatmapData data);
    void setSelectionModel(SelectionModel* selection);

    const HeatmapData& data() const { return data_; }
    // The key of the feature chosen in the combo box (the one requested or shown).
    QString featureName() const;
    // The selected institution when it has a row here; invalid otherwise.
    InstitutionId highlightedInstitution() const;
    int rowCount() const;
    // Centre of the cell of (institution, day) in this widget's coordinates; (-1, -1) if absent.
    QPoint cellPosition(InstitutionId id, Date day) const;
    // What the feature shown measures and why it matters (views/FeatureNames): the tooltip over the
    // chart's title and colour scale.
    QString metricToolTip() const;

signals:
    // The user picked another feature; the app loads its matrix off the GUI thread and calls setData.
    void featureRequested(const QString& name);

private:
    void rebuildColourMap();
    void updateRowTicks();
    void updateHighlight();
    void onSelectionChanged(InstitutionId id);
    void updateAsOf();
    void onPlotPress(QMouseEvent* event);
    void onPlotRelease(QMouseEvent* event);
    void onPlotMove(QMouseEvent* event);
    std::optional<int> rowAt(QPointF pos) const;
    // Matrix column shown at a calendar day (the last trading day on or before it).
    std::optional<std::size_t> columnAt(double seconds) const;
    int rowOf(InstitutionId id) const;

    FeatureChooser* feature_ = nullptr;
    QCheckBox* logScale_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* scale_ = nullptr;
    std::unique_ptr<RowMarker> marker_;
    int rowStep_ = 0;  // every how many rows a code is shown
    QCPItemStraightLine* asOf_ = nullptr;
    HeatmapData data_;
    InstitutionId highlighted_;
    QPointer<SelectionModel> selection_;
    QPoint pressPos_;
};

}  // namespace eagle
