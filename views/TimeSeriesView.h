#pragma once
// One institution's feature over time against its peer-group median (QCustomPlot), with a
// feature chooser, a value cursor, markers for risk events and alerts, and the shared time cursor
// ("as of" line; a click on the plot moves it). Up to kMaxCompanions more features ("Compare")
// sit in panes below on linked time axes: panning or zooming one moves all, and the cursor, the
// markers and the as-of line run through every pane.

#include "ExportableView.h"
#include "MetaTypes.h"
#include "TimeSeriesData.h"

#include <QPair>
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
class QCPAxisRect;
class QCPMarginGroup;
class QMenu;
class QToolButton;

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

    static constexpr int kMaxCompanions = 3;

    void setFeatureChoices(const QStringList& names, const QStringList& labels);
    // The features chosen to compare with, in the order chosen; setting them emits companionsChanged.
    QStringList companionNames() const { return companions_; }
    void setCompanionNames(const QStringList& names);
    void setSeries(TimeSeriesData data);
    void clear();
    void setSelectionModel(SelectionModel* selection);

    QString featureName() const;
    // The panes drawn below the main one, and what each shows (for tests and export).
    int companionPaneCount() const { return int(panes_.size()); }
    QString companionFeature(int pane) const;
    int companionPointCount(int pane) const;
    // The time range shown: the same in every pane.
    QPair<double, double> timeRange(int pane = -1) const;
    void setTimeRange(double lower, double upper, int pane = -1);
    // What the hover readout shows after the mouse rests at pos (plot widget coordinates).
    QString readoutAt(QPoint pos);
    InstitutionId shownInstitution() const { return data_.institution; }
    // Points of the institution's series (NaN points included, as given).
    int pointCount() const;
    int markerCount() const { return int(markerLines_.size()); }
    // The marker labels drawn at the current zoom (markers close together share one).
    QStringList markerLabelTexts() const;
    // The early-warning score as drawn (day key in seconds, score) and the explanations shown.
    QVector<QPointF> warningPoints() const;
    QStringList explanationTexts() const;
    // Where a day sits on the plot (pane -1) or on a companion pane, in the plot widget's
    // coordinates (for tests and tooltips).
    QPoint dayPosition(Date day, int pane = -1) const;
    QWidget* plotWidget() const;
    QString title() const;

signals:
    // The user picked another feature; the app loads the series off the GUI thread and calls setSeries.
    void featureChanged(const QString& name);
    // The user chose other features to compare with: the app reloads the series with them.
    void companionsChanged(const QStringList& names);
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
    void layoutMarkerLabels();
    void rebuildWarnings();
    void onPlotPress(QMouseEvent* event);
    void onPlotRelease(QMouseEvent* event);
    Date dayAt(double pixelX) const;
    void rebuildCompanionMenu();
    void rebuildPanes();
    QCPAxisRect* paneAt(QPoint pos) const;

    // A companion feature's pane: its own value axis, the time axis linked to the main one.
    struct Pane {
        QCPAxisRect* rect = nullptr;
        QCPGraph* own = nullptr;
        QCPGraph* peer = nullptr;
        QCPItemStraightLine* cursor = nullptr;
        QCPItemStraightLine* asOf = nullptr;
        std::vector<QCPAbstractItem*> markers;
    };
    void removePane(Pane& pane);
    void rescalePane(const Pane& pane);

    FeatureChooser* feature_ = nullptr;
    QToolButton* compare_ = nullptr;
    QMenu* compareMenu_ = nullptr;
    QStringList choiceNames_, choiceLabels_;
    QStringList companions_;
    std::vector<Pane> panes_;
    QCPMarginGroup* margins_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* title_ = nullptr;
    QCPGraph* series_ = nullptr;
    QCPGraph* peer_ = nullptr;
    QCPItemStraightLine* cursor_ = nullptr;
    QCPItemText* readout_ = nullptr;
    QCPItemStraightLine* asOf_ = nullptr;
    std::vector<QCPItemStraightLine*> markerLines_;  // by day
    std::vector<QCPItemText*> markerLabels_;         // by day, one per marker
    std::vector<std::size_t> markerOrder_;           // indices into data_.markers, by day
    QCPGraph* warning_ = nullptr;                 // on the right axis
    std::vector<QCPAbstractItem*> warningItems_;  // threshold line and explanations
    TimeSeriesData data_;
    QPointer<SelectionModel> selection_;
    QPoint pressPos_;
    QCPItemRect* range_ = nullptr;      // the days being selected with Shift-drag
    std::optional<double> rangeStart_;  // key where the Shift-drag began
};

}  // namespace eagle
