#pragma once
// One institution's feature over time against its peer-group median (QCustomPlot), with a
// feature chooser, a value cursor, markers for risk events and alerts, and the shared time cursor
// ("as of" line; a click on the plot moves it).

#include "ExportableView.h"
#include "MetaTypes.h"
#include "TimeSeriesData.h"

#include <QPoint>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemRect;
class QCPItemText;
class QCPAbstractItem;
class QCPTextElement;
class QMouseEvent;

namespace eagle {

class FeatureChooser;
class SelectionModel;

class TimeSeriesView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit TimeSeriesView(QWidget* parent = nullptr);
    ~TimeSeriesView() override;

    // ExportableView
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

    void setFeatureChoices(const QStringList& names, const QStringList& labels);
    void setSeries(TimeSeriesData data);
    void clear();
    void setSelectionModel(SelectionModel* selection);

    QString featureName() const;
    InstitutionId shownInstitution() const { return data_.institution; }
    // Points of the institution's series (NaN points included, as given).
    int pointCount() const;
    int markerCount() const { return int(markerItems_.size()); }
    // The early-warning score as drawn (day key in seconds, score) and the explanations shown.
    QVector<QPointF> warningPoints() const;
    QStringList explanationTexts() const;
    // Where a day sits on the plot, in the plot widget's coordinates (for tests and tooltips).
    QPoint dayPosition(Date day) const;
    QWidget* plotWidget() const;
    QString title() const;

signals:
    // The user picked another feature; the app loads the series off the GUI thread and calls setSeries.
    void featureChanged(const QString& name);
    // The user dragged across days with Shift held: list the trades behind them.
    void rangeSelected(eagle::InstitutionId institution, eagle::Date from, eagle::Date to);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onMouseMove(QMouseEvent* event);
    void rescaleValueAxis();
    void hideCursor();
    void updateAsOf();
    void rebuildMarkers();
    void rebuildWarnings();
    void onPlotPress(QMouseEvent* event);
    void onPlotRelease(QMouseEvent* event);
    Date dayAt(double pixelX) const;

    FeatureChooser* feature_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPGraph* series_ = nullptr;
    QCPGraph* peer_ = nullptr;
    QCPItemStraightLine* cursor_ = nullptr;
    QCPItemText* readout_ = nullptr;
    QCPItemStraightLine* asOf_ = nullptr;
    std::vector<QCPAbstractItem*> markerItems_;
    QCPGraph* warning_ = nullptr;  // on the right axis
    std::vector<QCPAbstractItem*> warningItems_;  // threshold line and explanations
    TimeSeriesData data_;
    QPointer<SelectionModel> selection_;
    QPoint pressPos_;
    QCPItemRect* range_ = nullptr;     // the days being selected with Shift-drag
    std::optional<double> rangeStart_;  // key where the Shift-drag began
};

}  // namespace eagle
