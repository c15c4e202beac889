#include "TimeSeriesView.h"

#include "FeatureChooser.h"
#include "LiveTexts.h"
#include "PlotPainting.h"
#include "PlotTitle.h"
#include "SelectionModel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <map>
#include <numeric>

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
const QPen kGridPen(QColor(0xE3, 0xE6, 0xEA), 1, Qt::DotLine);

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

QString axisLabel(const QString& label, const QString& unit) {
    return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
}

// A vertical line at a day, drawn in the given axis rect only.
QCPItemStraightLine* dayLine(QCustomPlot* plot, QCPAxisRect* rect, const QPen& pen) {
    auto* line = new QCPItemStraightLine(plot);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    for (QCPItemPosition* p : {line->point1, line->point2}) p->setAxes(x, y);
    line->setClipAxisRect(rect);
    line->setPen(pen);
    line->setSelectable(false);
    return line;
}

void placeAt(QCPItemStraightLine* line, double key) {
    line->point1->setCoords(key, 0);
    line->point2->setCoords(key, 1);
}

// The value range of graphs within a time range, padded so that lines do not touch the frame.
std::optional<QCPRange> paddedValueRange(std::initializer_list<QCPGraph*> graphs, const QCPRange& keys) {
    std::optional<QCPRange> range;
    for (QCPGraph* graph : graphs) {
        bool found = false;
        const QCPRange r = graph->getValueRange(found, QCP::sdBoth, keys);
        if (!found) continue;
        range = range ? QCPRange(std::min(range->lower, r.lower), std::max(range->upper, r.upper)) : r;
    }
    if (!range) return std::nullopt;
    const double pad = range->size() > 0 ? 0.08 * range->size() : std::max(std::abs(range->lower) * 0.1, 1.0);
    return QCPRange(range->lower - pad, range->upper + pad);
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
    auto* featureLabel = new QLabel(this);
    bar->addWidget(featureLabel);
    bar->addWidget(feature_);
    compare_ = new QToolButton(this);
    compare_->setObjectName(QStringLiteral("compareFeatures"));
    compare_->setPopupMode(QToolButton::InstantPopup);
    compareMenu_ = new QMenu(compare_);
    compare_->setMenu(compareMenu_);
    bar->addWidget(compare_);
    bar->addStretch(1);

    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("timeSeriesPlot"));
    plot_->setMinimumSize(300, 180);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);  // time pans and zooms; values follow
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);
    title_ = addPlotTitle(plot_, font());

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeSpec(Qt::UTC);
    dateTicker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dateTicker->setTickCount(6);
    plot_->xAxis->setTicker(dateTicker);
    plot_->xAxis->grid()->setPen(kGridPen);
    plot_->yAxis->grid()->setPen(kGridPen);
    // Companion panes line up with the main one left and right, so one x pixel is one day in all.
    margins_ = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins_);

    series_ = plot_->addGraph();
    series_->setPen(QPen(kSeries, 2));
    peer_ = plot_->addGraph();
    peer_->setPen(QPen(kPeer, 1.6, Qt::DashLine));
    warning_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    warning_->setPen(QPen(kWarning, 1.4));
    warning_->setBrush(QColor(kWarning.red(), kWarning.green(), kWarning.blue(), 25));
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
    connect(plot_, &QCustomPlot::afterLayout, this, &TimeSeriesView::layoutMarkerLabels);
    plot_->installEventFilter(this);  // to hide the cursor when the mouse leaves
    clear();
    // The series' own labels come with the data, which the app loads again in a new language.
    (new LiveTexts(this))->add(this, [this, featureLabel] {
        featureLabel->setText(tr("Feature:"));
        compare_->setToolTip(
            tr("Draw up to %1 more features of this institution below, on the same time axis").arg(kMaxCompanions));
        rebuildCompanionMenu();
        warning_->setName(tr("Early-warning score"));
        plot_->yAxis2->setLabel(tr("Early-warning score"));
        if (!data_.institution.valid()) title_->setText(tr("Select an institution to see its history"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

TimeSeriesView::~TimeSeriesView() = default;

void TimeSeriesView::setFeatureChoices(const QStringList& names, const QStringList& labels) {
    feature_->setChoices(names, labels);
    choiceNames_ = names;
    choiceLabels_ = labels;
    QStringList kept;
    for (const QString& name : companions_)
        if (names.contains(name)) kept << name;
    if (kept != companions_) {
        companions_ = kept;
        emit companionsChanged(companions_);
    }
    rebuildCompanionMenu();
}

void TimeSeriesView::setCompanionNames(const QStringList& names) {
    QStringList chosen;
    for (const QString& name : names)
        if (!chosen.contains(name) && (choiceNames_.isEmpty() || choiceNames_.contains(name)) &&
            chosen.size() < kMaxCompanions)
            chosen << name;
    if (chosen == companions_) return;
    companions_ = chosen;
    rebuildCompanionMenu();
    emit companionsChanged(companions_);
}

// One checkable entry per feature; once kMaxCompanions are chosen the others wait until one is
// unchecked, since more panes would leave each too short to read.
void TimeSeriesView::rebuildCompanionMenu() {
    compareMenu_->clear();
    for (qsizetype i = 0; i < choiceNames_.size(); ++i) {
        const QString name = choiceNames_[i];
        QAction* action = compareMenu_->addAction(choiceLabels_.value(i, name));
        action->setCheckable(true);
        action->setChecked(companions_.contains(name));
        action->setEnabled(action->isChecked() || companions_.size() < kMaxCompanions);
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList next = companions_;
            if (on)
                next << name;
            else
                next.removeAll(name);
            setCompanionNames(next);
        });
    }
    if (!companions_.isEmpty()) {
        compareMenu_->addSeparator();
        compareMenu_->addAction(tr("Compare with none"), this, [this] { setCompanionNames({}); });
    }
    compare_->setText(companions_.isEmpty() ? tr("Compare") : tr("Compare (%1)").arg(companions_.size()));
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
    plot_->yAxis->setLabel(axisLabel(data_.featureLabel, data_.unit));
    plot_->legend->setVisible(!data_.values.empty());
    bool found = false;
    QCPRange keys = series_->getKeyRange(found);
    if (found) {
        if (keys.size() <= 0) keys = QCPRange(keys.lower - kSecondsPerDay, keys.upper + kSecondsPerDay);
        plot_->xAxis->setRange(keys.lower - 0.5 * kSecondsPerDay, keys.upper + 0.5 * kSecondsPerDay);
    }
    rebuildPanes();
    rescaleValueAxis();
    rebuildMarkers();
    rebuildWarnings();
    updateAsOf();
    hideCursor();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesView::removePane(Pane& pane) {
    for (QCPAbstractItem* item : pane.markers) plot_->removeItem(item);
    plot_->removeItem(pane.cursor);
    plot_->removeItem(pane.asOf);
    plot_->removeGraph(pane.own);
    plot_->removeGraph(pane.peer);
    plot_->plotLayout()->remove(pane.rect);  // deletes the rect and its axes
}

// One pane per companion feature under the main one. Their time axes follow the main axis both
// ways, so dragging or zooming any pane moves every pane; dates are labelled under the last only.
void TimeSeriesView::rebuildPanes() {
    for (Pane& pane : panes_) removePane(pane);
    panes_.clear();
    plot_->plotLayout()->simplify();  // drops the rows the panes leave empty
    for (const auto& companion : data_.companions) {
        Pane pane;
        pane.rect = new QCPAxisRect(plot_);
        plot_->plotLayout()->addElement(plot_->plotLayout()->rowCount(), 0, pane.rect);
        pane.rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins_);
        pane.rect->setRangeDrag(Qt::Horizontal);
        pane.rect->setRangeZoom(Qt::Horizontal);
        QCPAxis* time = pane.rect->axis(QCPAxis::atBottom);
        QCPAxis* value = pane.rect->axis(QCPAxis::atLeft);
        time->setTicker(plot_->xAxis->ticker());
        time->setTickLabels(false);
        time->grid()->setPen(kGridPen);
        value->grid()->setPen(kGridPen);
        value->setLabel(axisLabel(companion.featureLabel, companion.unit));
        pane.own = plot_->addGraph(time, value);
        pane.own->setPen(QPen(kSeries, 1.6));
        pane.own->setName(QStringLiteral("%1 — %2").arg(data_.institutionLabel, companion.featureLabel));
        pane.peer = plot_->addGraph(time, value);
        pane.peer->setPen(QPen(kPeer, 1.2, Qt::DashLine));
        pane.peer->setName(tr("Peer median"));
        fill(pane.own, companion.values);
        fill(pane.peer, companion.peerMedian);
        pane.own->removeFromLegend();  // the main legend already says what each line style means
        pane.peer->removeFromLegend();
        time->setRange(plot_->xAxis->range());
        connect(time, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), plot_->xAxis,
                qOverload<const QCPRange&>(&QCPAxis::setRange));
        connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), time,
                qOverload<const QCPRange&>(&QCPAxis::setRange));
        for (const auto& marker : data_.markers) {
            const QColor colour = marker.alert ? kAlert : kEvent;
            auto* line = dayLine(plot_, pane.rect, QPen(colour, 1.2, marker.alert ? Qt::DotLine : Qt::SolidLine));
            placeAt(line, toKey(marker.day));
            pane.markers.push_back(line);
        }
        pane.cursor = dayLine(plot_, pane.rect, QPen(kCursor, 1, Qt::DashLine));
        pane.cursor->setVisible(false);
        pane.asOf = dayLine(plot_, pane.rect, QPen(kAsOf, 1.5));
        pane.asOf->setVisible(false);
        panes_.push_back(pane);
    }
    plot_->xAxis->setTickLabels(panes_.empty());
    if (!panes_.empty()) panes_.back().rect->axis(QCPAxis::atBottom)->setTickLabels(true);
    // The main feature keeps the most room; each companion gets a band below it.
    plot_->plotLayout()->setRowStretchFactor(1, panes_.empty() ? 1.0 : 1.6);
    plot_->setMinimumHeight(180 + 110 * int(panes_.size()));
}

QString TimeSeriesView::companionFeature(int pane) const {
    return pane >= 0 && pane < int(data_.companions.size()) ? data_.companions[std::size_t(pane)].featureName
                                                            : QString();
}

int TimeSeriesView::companionPointCount(int pane) const {
    return pane >= 0 && pane < int(panes_.size()) ? panes_[std::size_t(pane)].own->dataCount() : 0;
}

QPair<double, double> TimeSeriesView::timeRange(int pane) const {
    const QCPAxis* axis =
        pane >= 0 && pane < int(panes_.size()) ? panes_[std::size_t(pane)].rect->axis(QCPAxis::atBottom) : plot_->xAxis;
    return {axis->range().lower, axis->range().upper};
}

void TimeSeriesView::setTimeRange(double lower, double upper, int pane) {
    QCPAxis* axis =
        pane >= 0 && pane < int(panes_.size()) ? panes_[std::size_t(pane)].rect->axis(QCPAxis::atBottom) : plot_->xAxis;
    axis->setRange(lower, upper);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QCPAxisRect* TimeSeriesView::paneAt(QPoint pos) const {
    if (plot_->axisRect()->rect().contains(pos)) return plot_->axisRect();
    for (const Pane& pane : panes_)
        if (pane.rect->rect().contains(pos)) return pane.rect;
    return nullptr;
}

QString TimeSeriesView::readoutAt(QPoint pos) {
    plot_->replot(QCustomPlot::rpImmediateRefresh);  // the panes must know their pixel extent
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), plot_->mapToGlobal(QPointF(pos)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    onMouseMove(&move);
    return readout_->visible() ? readout_->text() : QString();
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
    if (show) placeAt(asOf_, toKey(day));
    for (const Pane& pane : panes_) {
        pane.asOf->setVisible(show);
        if (show) placeAt(pane.asOf, toKey(day));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Events and alerts as vertical lines, each with a label that layoutMarkerLabels() places.
void TimeSeriesView::rebuildMarkers() {
    for (QCPAbstractItem* item : markerLines_) plot_->removeItem(item);
    for (QCPAbstractItem* item : markerLabels_) plot_->removeItem(item);
    markerLines_.clear();
    markerLabels_.clear();
    markerOrder_.resize(data_.markers.size());
    std::iota(markerOrder_.begin(), markerOrder_.end(), std::size_t(0));
    std::stable_sort(markerOrder_.begin(), markerOrder_.end(),
                     [this](std::size_t a, std::size_t b) { return data_.markers[a].day < data_.markers[b].day; });
    const QFont labelFont(font().family(), std::max(6, font().pointSize() - 1));
    for (std::size_t index : markerOrder_) {
        const auto& marker = data_.markers[index];
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
        // Turned to run up beside the line from the bottom of the plot, on a light ground so that
        // it stays readable across the series.
        label->setRotation(-90);
        label->setFont(labelFont);
        label->setColor(colour.darker(115));
        label->setBrush(QColor(255, 255, 255, 190));
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setSelectable(false);
        markerLines_.push_back(line);
        markerLabels_.push_back(label);
    }
}

// Markers closer on screen than a label is thick share one label: the first one's text and how
// many more there are (the hover readout lists each on its day). Labels are cut to the plot's
// height. Runs after every layout, so zooming in or widening the plot separates them again.
void TimeSeriesView::layoutMarkerLabels() {
    if (markerLabels_.empty()) return;
    const QCPAxisRect* rect = plot_->axisRect();
    const QFontMetrics metrics(markerLabels_.front()->font());
    const double thickness = metrics.height() + 2.0;
    const int room = std::max(0, int(0.98 * rect->height()) - 8);
    const auto pixel = [this](std::size_t k) {
        return plot_->xAxis->coordToPixel(toKey(data_.markers[markerOrder_[k]].day));
    };
    // Only markers in view count: one just outside must not take the label of one inside.
    for (QCPItemText* label : markerLabels_) label->setVisible(false);
    std::size_t first = 0;
    while (first < markerLabels_.size() && pixel(first) < rect->left()) ++first;
    while (first < markerLabels_.size() && pixel(first) <= rect->right()) {
        const double x = pixel(first);
        // Left of its line (the group's later markers are to the right), unless that is off the plot.
        const bool roomLeft = x - rect->left() >= thickness;
        const double labelEnd = roomLeft ? x : x + thickness;
        std::size_t end = first + 1;
        while (end < markerLabels_.size() && pixel(end) < labelEnd + thickness && pixel(end) <= rect->right()) ++end;
        const int more = int(end - first - 1);
        const QString suffix = more > 0 ? QLatin1Char(' ') + tr("(+%n more)", nullptr, more) : QString();
        const QString own = metrics.elidedText(data_.markers[markerOrder_[first]].label, Qt::ElideRight,
                                               std::max(0, room - metrics.horizontalAdvance(suffix)));
        QCPItemText* label = markerLabels_[first];
        label->setText(own + suffix);
        label->setPositionAlignment(Qt::AlignLeft | (roomLeft ? Qt::AlignBottom : Qt::AlignTop));
        label->setVisible(room > metrics.horizontalAdvance(suffix) + metrics.averageCharWidth());
        first = end;
    }
}

QStringList TimeSeriesView::markerLabelTexts() const {
    QStringList out;
    for (const QCPItemText* label : markerLabels_)
        if (label->visible()) out << label->text();
    return out;
}

void TimeSeriesView::onPlotPress(QMouseEvent* event) {
    pressPos_ = event->pos();
    if (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier) && !data_.values.empty()) {
        // Shift-drag selects days instead of panning.
        plot_->setInteraction(QCP::iRangeDrag, false);
        rangeStart_ = plot_->xAxis->pixelToCoord(event->position().x());
    }
}

QPoint TimeSeriesView::dayPosition(Date day, int pane) const {
    plot_->replot(QCustomPlot::rpImmediateRefresh);  // the axes must know their pixel extent
    const QCPAxisRect* rect =
        pane >= 0 && pane < int(panes_.size()) ? panes_[std::size_t(pane)].rect : plot_->axisRect();
    return QPointF(plot_->xAxis->coordToPixel(toKey(day)), rect->center().y()).toPoint();
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
    rebuildPanes();
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
    if (event->buttons() != Qt::NoButton || data_.values.empty() || !paneAt(event->pos())) {
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
        text += QStringLiteral("\n%1: %2")
                    .arg(tr("Early-warning score"))
                    .arg(data_.warningScore[std::size_t(j)].value, 0, 'f', 3);
    for (const auto& companion : data_.companions)
        if (const int j = nearest(companion.values, key); j >= 0 && companion.values[std::size_t(j)].day == v.day)
            text +=
                QStringLiteral("\n%1: %2")
                    .arg(companion.featureLabel, formatValue(companion.values[std::size_t(j)].value, companion.unit));
    for (const auto& e : data_.explanations)
        if (e.day == v.day)
            text +=
                QStringLiteral("\n%1\n  %2").arg(tr("Why the model warned:"), e.reasons.join(QStringLiteral("\n  ")));
    // A marker on a day without a value (a holiday) is read on the nearest day that has one.
    for (const auto& marker : data_.markers)
        if (nearest(data_.values, toKey(marker.day)) == i)
            text += QLatin1Char('\n') + (marker.alert ? tr("Alert: %1") : tr("Risk event: %1")).arg(marker.label);
    placeAt(cursor_, key);
    for (const Pane& pane : panes_) {
        placeAt(pane.cursor, key);
        pane.cursor->setVisible(true);
    }
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
    // period shows its detail. The panes follow the main time axis, so its range is theirs.
    const QCPRange visible = plot_->xAxis->range();
    if (const auto range = paddedValueRange({series_, peer_}, visible)) plot_->yAxis->setRange(*range);
    for (const Pane& pane : panes_)
        if (const auto range = paddedValueRange({pane.own, pane.peer}, visible))
            pane.rect->axis(QCPAxis::atLeft)->setRange(*range);
}

void TimeSeriesView::hideCursor() {
    if (!cursor_->visible() && !readout_->visible()) return;
    cursor_->setVisible(false);
    for (const Pane& pane : panes_) pane.cursor->setVisible(false);
    readout_->setVisible(false);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString TimeSeriesView::exportName() const {
    if (!data_.institution.valid()) return tr("Time series");
    return tr("Time series %1 %2").arg(data_.institutionLabel, data_.featureLabel);
}

// Day by day: the institution's value, its peer median and the events and alerts marked that day.
DataTable TimeSeriesView::exportTable() const {
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    struct Row {
        double value = nan;
        double peer = nan;
        QStringList markers;
        std::vector<double> companions;  // value and peer median of each companion in turn
    };
    std::map<Date, Row> rows;
    const std::size_t companionColumns = 2 * data_.companions.size();
    const auto row = [&](Date day) -> Row& {
        Row& r = rows[day];
        r.companions.resize(companionColumns, nan);
        return r;
    };
    for (const DatedValue& v : data_.values) row(v.day).value = v.value;
    for (const DatedValue& v : data_.peerMedian) row(v.day).peer = v.value;
    for (std::size_t c = 0; c < data_.companions.size(); ++c) {
        for (const DatedValue& v : data_.companions[c].values) row(v.day).companions[2 * c] = v.value;
        for (const DatedValue& v : data_.companions[c].peerMedian) row(v.day).companions[2 * c + 1] = v.value;
    }
    for (const auto& m : data_.markers)
        row(m.day).markers << (m.alert ? tr("alert: %1") : tr("event: %1")).arg(m.label);
    const QString unit = data_.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(data_.unit);
    DataTable table;
    table.header << tr("Date") << QStringLiteral("%1 %2").arg(data_.institutionLabel, data_.featureLabel) + unit
                 << tr("Peer median (%1)").arg(data_.peerLabel) << tr("Events and alerts");
    for (const auto& c : data_.companions)
        table.header << QStringLiteral("%1 %2").arg(data_.institutionLabel, axisLabel(c.featureLabel, c.unit))
                     << tr("Peer median (%1)").arg(axisLabel(c.featureLabel, c.unit));
    for (const auto& [day, r] : rows) {
        QStringList cells{QString::fromStdString(day.toString()), DataTable::number(r.value), DataTable::number(r.peer),
                          r.markers.join(QStringLiteral("; "))};
        for (const double v : r.companions) cells << DataTable::number(v);
        table.rows << cells;
    }
    return table;
}

QSize TimeSeriesView::chartSize() const { return plot_->size(); }

void TimeSeriesView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
