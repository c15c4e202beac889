#pragma once
// A radar (spider) chart of one institution's percentile profile against its peer-group median.

#include "ExportableView.h"
#include "MetaTypes.h"
#include "PeerComparison.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <string>

class QMenu;
class QPainter;
class QToolButton;

namespace eagle {

class RadarView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    // Turns a feature key into the translated name shown on its axis.
    using AxisLabelProvider = std::function<QString(const std::string& feature)>;

    explicit RadarView(QWidget* parent = nullptr);

    void setProfile(RadarProfile profile);
    void clear();
    void setAxisLabelProvider(AxisLabelProvider provider);
    // Convenience: feature key -> display name; keys not in the table are shown as they are.
    void setAxisLabels(const QHash<QString, QString>& labels);

    // The dimensions the user may choose from (feature keys and labels) and those shown now.
    void setDimensionChoices(const QStringList& names, const QStringList& labels, const QStringList& chosen);
    QStringList chosenDimensions() const;

    InstitutionId shownInstitution() const { return profile_.institution; }
    const RadarProfile& profile() const { return profile_; }
    QString title() const;
    // What axis i's feature measures and why it matters (views/FeatureNames), its tooltip, and where
    // the last paint put its label (empty before one).
    QString axisToolTip(std::size_t axis) const;
    QRect axisLabelRect(std::size_t axis) const;
    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {240, 240}; }

    // ExportableView
    QString exportName() const override;
    DataTable exportTable() const override;
    bool hasChart() const override { return true; }
    QSize chartSize() const override;
    void paintChart(QPainter& painter, QSize size) const override;

signals:
    // The user ticked or unticked a dimension; at least three stay chosen (a radar needs them).
    void dimensionsChanged(const QStringList& names);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // keepClear: where the title must not go (the Dimensions button, on screen).
    void paintRadar(QPainter& p, const QRectF& bounds, const QRectF& keepClear = {}) const;
    // Each returns the edge of what it drew, so the chart takes the space that is left.
    double drawTitle(QPainter& p, const QRectF& area, const QRectF& keepClear) const;
    double drawLegend(QPainter& p, const QRectF& area) const;
    void drawChart(QPainter& p, const QRectF& chart) const;
    void drawGrid(QPainter& p, QPointF centre, double radius) const;

    struct AxisLabel {
        QStringList lines;  // the axis name, wrapped onto at most two lines
        QString detail;     // percentiles, or "n/a"
        bool missing = false;
        QSizeF size;
    };
    AxisLabel layoutAxisLabel(std::size_t axis, double maxWidth, bool compact) const;
    static QRectF labelRect(QPointF anchor, QPointF direction, QSizeF size);
    QFont smallFont() const;
    QString axisLabel(std::size_t axis) const;
    QColor institutionColour() const;

    void onDimensionToggled();

    RadarProfile profile_;
    AxisLabelProvider labels_;
    QToolButton* dimensions_ = nullptr;
    // Where paintEvent last drew each axis label, for its tooltip.
    mutable std::vector<QRectF> labelBoxes_;
    QMenu* dimensionMenu_ = nullptr;
};

}  // namespace eagle
