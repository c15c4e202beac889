#include "TimeSeriesView.h"

#include "FeatureChooser.h"
#include "PlotPainting.h"
#include "SelectionModel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace eagle {
namespace {

constexpr double kSecondsPerDay = 86400.0;
const QColor kSeries(0x1F, 0x4E, 0x9A);
const QColor kPeer(0x6C, 0x75, 0x7D);
const QColor kCursor(0x49, 0x50, 0x57);
const QColor kAsOf(0x11, 0x11, 0x11);
const QColor kEvent(0xC9, 0x2A, 0x2A);
const QColor kAlert(0xE6, 0x77, 0x00);
const QColor kWarning(0x8E, 0x24, 0xAA);
constexpr int kClickSlop = 4;  // pixels a click may move and still be a click, not a pan

// Values sit at noon of their day, the centre of the heatmap's day cells, so the views line up.
double toKey(Date day) { return (day.daysSinceEpoch() + 0.5) * kSecondsPerDay; }

void fill(QCPGraph* graph, const std::vector<DatedValue>& values) {
    QVector<double> keys, vals;
    keys.reserve(qsizetype(values.size()));
    vals.reserve(qsizetype(values.size()));
    for (const DatedValue& v : values) {
        keys << toKey(v.day);
        vals << v.value;  // NaN stays: QCustomPlot breaks the line there
    }
    graph->setData(keys, vals, true);
}

// Index of the value nearest to key, or -1.
int nearest(const std::vector<DatedValue>& values, double key) {
    if (values.empty()) return -1;
    const Date day(std::int32_t(std::floor(key / kSecondsPerDay)));
    const auto it =
        std::lower_bound(values.begin(), values.end(), day, [](const DatedValue& v, Date d) { return v.day < d; });
    if (it == values.end()) return int(values.size()) - 1;
    if (it == values.begin()) return 0;
    const auto before = it - 1;
    return std::abs(toKey(before->day) - key) <= std::abs(toKey(it->day) - key) ? int(before - values.begin())
                                                                                : int(it - values.begin());
}

QString formatValue(double v, const QString& unit) {
    if (!std::isfinite(v)) return QCoreApplication::translate("eagle::TimeSeriesView", "n/a");
    QString s = QLocale().toString(v, 'g', 4);
    if (!unit.isEmpty()) s += QLatin1Char(' ') + unit;
    return s;
}

}  // namespace

TimeSeriesView::TimeSeriesView(QWidget* parent) : QWidget(parent) {
    feature_ = new FeatureChooser(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Feature:"), this));
    bar->addWidget(feature_);
    bar->addStretch(1);

    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("timeSeriesPlot"));
    plot_->setMinimumSize(300, 180);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);  // time pans and zooms; values follow
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    plot_->plotLayout()->insertRow(0);
    title_ = new QCPTextElement(plot_, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plot_->plotLayout()->addElement(0, 0, title_);

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeSpec(Qt::UTC);
    dateTicker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dateTicker->setTickCount(6);
    plot_->xAxis->setTicker(dateTicker);
    plot_->xAxis->grid()->setPen(QPen(QColor(0xE3, 0xE6, 0xEA), 1, Qt::DotLine));
    plot_->yAxis->grid()->setPen(QPen(QColor(0xE3, 0xE6, 0xEA), 1, Qt::DotLine));

    series_ = plot_->addGraph();
    series_->setPen(QPen(kSeries, 2));
    peer_ = plot_->addGraph();
    peer_->setPen(QPen(kPeer, 1.6, Qt::DashLine));
    warning_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    warning_->setPen(QPen(kWarning, 1.4));
    warning_->setBrush(QColor(kWarning.red(), kWarning.green(), kWarning.blue(), 25));
    warning_->setName(tr("Early-warning score"));
    plot_->yAxis2->setLabel(tr("Early-warning score"));
    plot_->yAxis2->setRange(0, 1.05);
    plot_->yAxis2->setLabelColor(kWarning);
    plot_->yAxis2->setTickLabelColor(kWarning);
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 220));
    plot_->legend->setBorderPen(QPen(QColor(0, 0, 0, 40)));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    cursor_ = new QCPItemStraightLine(plot_);
    cursor_->setPen(QPen(kCursor, 1, Qt::DashLine));
    readout_ = new QCPItemText(plot_);
    readout_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    readout_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    readout_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    readout_->setTextAlignment(Qt::AlignLeft);
    readout_->setBrush(QColor(255, 255, 255, 235));
    readout_->setPen(QPen(QColor(0, 0, 0, 60)));
    readout_->setPadding(QMargins(5, 3, 5, 3));
    asOf_ = new QCPItemStraightLine(plot_);
    asOf_->setPen(QPen(kAsOf, 1.5));
    asOf_->setVisible(false);
    range_ = new QCPItemRect(plot_);
    range_->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    range_->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    range_->setPen(QPen(QColor(0x1F, 0x4E, 0x79, 160)));
    range_->setBrush(QColor(0x1F, 0x4E, 0x79, 40));
    range_->setVisible(false);
    hideCursor();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(plot_, 1);

    connect(feature_, &QComboBox::activated, this, [this] { emit featureChanged(featureName()); });
    connect(plot_, &QCustomPlot::mouseMove, this, &TimeSeriesView::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &TimeSeriesView::onPlotPress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &TimeSeriesView::onPlotRelease);
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimeSeriesView::rescaleValueAxis);
    plot_->installEventFilter(this);  // to hide the cursor when the mouse leaves
    clear();
}

TimeSeriesView::~TimeSeriesView() = default;

void TimeSeriesView::setFeatureChoices(const QStringList& names, const QStringList& labels) {
    feature_->setChoices(names, labels);
}

void TimeSeriesView::setSeries(TimeSeriesData data) {
    data_ = std::move(data);
    feature_->showFeature(data_.featureName);
    fill(series_, data_.values);
    fill(peer_, data_.peerMedian);
    series_->setName(data_.institutionLabel);
    peer_->setName(data_.peerLabel.isEmpty() ? tr("Peer median") : tr("Peer median: %1").arg(data_.peerLabel));
    peer_->addToLegend();
    if (data_.peerMedian.empty()) peer_->removeFromLegend();
    // Markers help read short series; on long ones they would only add noise.
    series_->setScatterStyle(data_.values.size() <= 60 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5)
                                                       : QCPScatterStyle(QCPScatterStyle::ssNone));
    title_->setText(title());
    plot_->yAxis->setLabel(data_.unit.isEmpty() ? data_.featureLabel
                                                : QStringLiteral("%1 (%2)").arg(data_.featureLabel, data_.unit));
    plot_->legend->setVisible(!data_.values.empty());
    bool found = false;
    QCPRange keys = series_->getKeyRange(found);
    if (found) {
        if (keys.size() <= 0) keys = QCPRange(keys.lower - kSecondsPerDay, keys.upper + kSecondsPerDay);
        plot_->xAxis->setRange(keys.lower - 0.5 * kSecondsPerDay, keys.upper + 0.5 * kSecondsPerDay);
    }
    rescaleValueAxis();
    rebuildMarkers();
    rebuildWarnings();
    updateAsOf();
    hideCursor();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// The early-warning score on the right axis, its threshold, and at each explained warning the
// features that raised it.
void TimeSeriesView::rebuildWarnings() {
    for (QCPAbstractItem* item : warningItems_) plot_->removeItem(item);
    warningItems_.clear();
    fill(warning_, data_.warningScore);
    const bool shown = !data_.warningScore.empty();
    plot_->yAxis2->setVisible(shown);
    warning_->setVisible(shown);
    if (shown)
        warning_->addToLegend();
    else
        warning_->removeFromLegend();
    if (!shown) return;
    if (std::isfinite(data_.warningThreshold)) {
        auto* threshold = new QCPItemStraightLine(plot_);
        for (QCPItemPosition* p : {threshold->point1, threshold->point2}) p->setAxes(plot_->xAxis, plot_->yAxis2);
        threshold->point1->setCoords(0, data_.warningThreshold);
        threshold->point2->setCoords(1, data_.warningThreshold);
        threshold->setPen(QPen(kWarning, 1, Qt::DotLine));
        threshold->setSelectable(false);
        warningItems_.push_back(threshold);
    }
    // Each explained warning: a ring on the score, and a one-line label near the top of the plot
    // (staggered so that neighbours do not cover each other) with the feature that raised it most;
    // the hover readout on that day lists every reason.
    const double middle = plot_->xAxis->range().center();
    for (std::size_t k = 0; k < data_.explanations.size(); ++k) {
        const auto& e = data_.explanations[k];
        auto* dot = new QCPItemTracer(plot_);
        dot->position->setAxes(plot_->xAxis, plot_->yAxis2);
        dot->position->setCoords(toKey(e.day), e.score);
        dot->setStyle(QCPItemTracer::tsCircle);
        dot->setPen(QPen(kWarning, 1.5));
        dot->setBrush(Qt::white);
        dot->setSize(8);
        dot->setSelectable(false);
        auto* label = new QCPItemText(plot_);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(toKey(e.day), 0.02 + 0.075 * double(k % 4));
        label->setPositionAlignment((toKey(e.day) < middle ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setBrush(QColor(255, 255, 255, 225));
        label->setPen(QPen(QColor(kWarning.red(), kWarning.green(), kWarning.blue(), 120)));
        label->setColor(kWarning.darker(130));
        label->setFont(QFont(font().family(), std::max(6, font().pointSize() - 1)));
        label->setText(tr("Warning %1 (%2): %3")
                           .arg(QString::fromStdString(e.day.toString()))
                           .arg(e.score, 0, 'f', 2)
                           .arg(e.reasons.value(0)));
        label->setSelectable(false);
        warningItems_.push_back(dot);
        warningItems_.push_back(label);
    }
}

QVector<QPointF> TimeSeriesView::warningPoints() const {
    QVector<QPointF> out;
    if (!warning_->visible()) return out;
    for (auto it = warning_->data()->constBegin(); it != warning_->data()->constEnd(); ++it)
        out << QPointF(it->key, it->value);
    return out;
}

QStringList TimeSeriesView::explanationTexts() const {
    QStringList out;
    for (QCPAbstractItem* item : warningItems_)
        if (auto* text = qobject_cast<QCPItemText*>(item)) out << text->text();
    return out;
}

void TimeSeriesView::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::dayChanged, this, &TimeSeriesView::updateAsOf);
    updateAsOf();
}

void TimeSeriesView::updateAsOf() {
    const Date day = selection_ ? selection_->day() : Date();
    const bool show = data_.institution.valid() && day != Date();
    asOf_->setVisible(show);
    if (show) {
        asOf_->point1->setCoords(toKey(day), 0);
        asOf_->point2->setCoords(toKey(day), 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Events and alerts as vertical lines with a label at the top of the plot.
void TimeSeriesView::rebuildMarkers() {
    for (QCPAbstractItem* item : markerItems_) plot_->removeItem(item);
    markerItems_.clear();
    for (const auto& marker : data_.markers) {
        const QColor colour = marker.alert ? kAlert : kEvent;
        auto* line = new QCPItemStraightLine(plot_);
        line->setPen(QPen(colour, 1.2, marker.alert ? Qt::DotLine : Qt::SolidLine));
        line->point1->setCoords(toKey(marker.day), 0);
        line->point2->setCoords(toKey(marker.day), 1);
        line->setSelectable(false);
        auto* label = new QCPItemText(plot_);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(toKey(marker.day), 0.99);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setRotation(-90);
        label->setColor(colour);
        label->setText(marker.label);
        label->setSelectable(false);
        markerItems_.push_back(line);
        markerItems_.push_back(label);
    }
}

void TimeSeriesView::onPlotPress(QMouseEvent* event) {
    pressPos_ = event->pos();
    if (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier) && !data_.values.empty()) {
        // Shift-drag selects days instead of panning.
        plot_->setInteraction(QCP::iRangeDrag, false);
        rangeStart_ = plot_->xAxis->pixelToCoord(event->position().x());
    }
}

QPoint TimeSeriesView::dayPosition(Date day) const {
    plot_->replot(QCustomPlot::rpImmediateRefresh);  // the axes must know their pixel extent
    return QPointF(plot_->xAxis->coordToPixel(toKey(day)), plot_->axisRect()->center().y()).toPoint();
}

QWidget* TimeSeriesView::plotWidget() const { return plot_; }

Date TimeSeriesView::dayAt(double pixelX) const {
    const int i = nearest(data_.values, plot_->xAxis->pixelToCoord(pixelX));
    return i >= 0 ? data_.values[std::size_t(i)].day : Date();
}

// A click (not the end of a pan) moves the shared time cursor to the nearest observed day.
void TimeSeriesView::onPlotRelease(QMouseEvent* event) {
    if (rangeStart_) {
        plot_->setInteraction(QCP::iRangeDrag, true);
        const double startPixel = plot_->xAxis->coordToPixel(*rangeStart_);
        rangeStart_.reset();
        range_->setVisible(false);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        Date from = dayAt(startPixel), to = dayAt(event->position().x());
        if (to < from) std::swap(from, to);
        if (from != Date()) emit rangeSelected(data_.institution, from, to);
        return;
    }
    if (event->button() != Qt::LeftButton || !selection_ || data_.values.empty()) return;
    const QPoint moved = event->pos() - pressPos_;
    if (std::hypot(moved.x(), moved.y()) > kClickSlop) return;
    const int i = nearest(data_.values, plot_->xAxis->pixelToCoord(event->position().x()));
    if (i >= 0) selection_->setDay(data_.values[std::size_t(i)].day);
}

void TimeSeriesView::clear() {
    data_ = TimeSeriesData{};
    rebuildMarkers();
    rebuildWarnings();
    updateAsOf();
    series_->data()->clear();
    peer_->data()->clear();
    plot_->legend->setVisible(false);
    plot_->yAxis->setLabel(QString());
    title_->setText(tr("Select an institution to see its history"));
    hideCursor();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString TimeSeriesView::featureName() const { return feature_->featureName(); }

int TimeSeriesView::pointCount() const { return series_->dataCount(); }

QString TimeSeriesView::title() const {
    if (!data_.institution.valid()) return tr("Select an institution to see its history");
    return QStringLiteral("%1 — %2").arg(data_.institutionLabel, data_.featureLabel);
}

bool TimeSeriesView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::Leave) hideCursor();
    return QWidget::eventFilter(watched, event);
}

void TimeSeriesView::onMouseMove(QMouseEvent* event) {
    if (rangeStart_) {
        range_->topLeft->setCoords(*rangeStart_, 0);
        range_->bottomRight->setCoords(plot_->xAxis->pixelToCoord(event->position().x()), 1);
        range_->setVisible(true);
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    if (event->buttons() != Qt::NoButton || data_.values.empty() || !plot_->axisRect()->rect().contains(event->pos())) {
        hideCursor();
        return;
    }
    // Snap to the nearest observation, and read both series on that day.
    const int i = nearest(data_.values, plot_->xAxis->pixelToCoord(event->position().x()));
    if (i < 0) return hideCursor();
    const DatedValue& v = data_.values[std::size_t(i)];
    const double key = toKey(v.day);
    QString text =
        QStringLiteral("%1\n%2: %3")
            .arg(QString::fromStdString(v.day.toString()), data_.institutionLabel, formatValue(v.value, data_.unit));
    if (const int j = nearest(data_.peerMedian, key); j >= 0 && data_.peerMedian[std::size_t(j)].day == v.day)
        text += QStringLiteral("\n%1: %2")
                    .arg(tr("Peer median"), formatValue(data_.peerMedian[std::size_t(j)].value, data_.unit));
    if (const int j = nearest(data_.warningScore, key); j >= 0 && data_.warningScore[std::size_t(j)].day == v.day)
        text += QStringLiteral("\n%1: %2").arg(tr("Early-warning score"))
                    .arg(data_.warningScore[std::size_t(j)].value, 0, 'f', 3);
    for (const auto& e : data_.explanations)
        if (e.day == v.day)
            text += QStringLiteral("\n%1\n  %2").arg(tr("Why the model warned:"), e.reasons.join(QStringLiteral("\n  ")));
    cursor_->point1->setCoords(key, 0);
    cursor_->point2->setCoords(key, 1);
    readout_->setText(text);
    // Keep the readout inside the plot: flip it to the left of the cursor in the right half.
    const bool rightHalf = plot_->xAxis->coordToPixel(key) > plot_->axisRect()->center().x();
    readout_->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    readout_->position->setCoords(key, 0.02);
    cursor_->setVisible(true);
    readout_->setVisible(true);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesView::rescaleValueAxis() {
    // Fit the values to what is visible in time, with a margin, so that zooming into a quiet
    // period shows its detail.
    bool found = false;
    QCPRange range = series_->getValueRange(found, QCP::sdBoth, plot_->xAxis->range());
    bool peerFound = false;
    const QCPRange peerRange = peer_->getValueRange(peerFound, QCP::sdBoth, plot_->xAxis->range());
    if (peerFound)
        range = found ? QCPRange(std::min(range.lower, peerRange.lower), std::max(range.upper, peerRange.upper))
                      : peerRange;
    if (!found && !peerFound) return;
    const double pad = range.size() > 0 ? 0.08 * range.size() : std::max(std::abs(range.lower) * 0.1, 1.0);
    plot_->yAxis->setRange(range.lower - pad, range.upper + pad);
}

void TimeSeriesView::hideCursor() {
    if (!cursor_->visible() && !readout_->visible()) return;
    cursor_->setVisible(false);
    readout_->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString TimeSeriesView::exportName() const {
    if (!data_.institution.valid()) return tr("Time series");
    return tr("Time series %1 %2").arg(data_.institutionLabel, data_.featureLabel);
}

// Day by day: the institution's value, its peer median and the events and alerts marked that day.
DataTable TimeSeriesView::exportTable() const {
    struct Row {
        double value = std::numeric_limits<double>::quiet_NaN();
        double peer = std::numeric_limits<double>::quiet_NaN();
        QStringList markers;
    };
    std::map<Date, Row> rows;
    for (const DatedValue& v : data_.values) rows[v.day].value = v.value;
    for (const DatedValue& v : data_.peerMedian) rows[v.day].peer = v.value;
    for (const auto& m : data_.markers)
        rows[m.day].markers << (m.alert ? tr("alert: %1") : tr("event: %1")).arg(m.label);
    const QString unit = data_.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(data_.unit);
    DataTable table;
    table.header << tr("Date") << QStringLiteral("%1 %2").arg(data_.institutionLabel, data_.featureLabel) + unit
                 << tr("Peer median (%1)").arg(data_.peerLabel) << tr("Events and alerts");
    for (const auto& [day, row] : rows)
        table.rows << QStringList{QString::fromStdString(day.toString()), DataTable::number(row.value),
                                  DataTable::number(row.peer), row.markers.join(QStringLiteral("; "))};
    return table;
}

QSize TimeSeriesView::chartSize() const { return plot_->size(); }

void TimeSeriesView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
