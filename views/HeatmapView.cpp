#include "HeatmapView.h"

#include "AxisLabels.h"
#include "FeatureChooser.h"
#include "FeatureNames.h"
#include "LiveTexts.h"
#include "PlotPainting.h"
#include "PlotTitle.h"
#include "RowMarker.h"
#include "SelectionModel.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr double kSecondsPerDay = 86400.0;
// Weekends and holidays show the last trading day's state; longer gaps stay visibly empty.
constexpr int kMaxCarryDays = 10;
constexpr double kClickSlop = 4.0;
const QColor kNan(0xD5, 0xD9, 0xDE);

double signedLog1p(double v) { return std::copysign(std::log1p(std::abs(v)), v); }

QCPColorGradient sequentialGradient() {  // light to dark: more is more intense
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0xFF, 0xFF, 0xCC));
    g.setColorStopAt(0.25, QColor(0xFE, 0xD9, 0x76));
    g.setColorStopAt(0.5, QColor(0xFD, 0x8D, 0x3C));
    g.setColorStopAt(0.75, QColor(0xE3, 0x1A, 0x1C));
    g.setColorStopAt(1.0, QColor(0x80, 0x00, 0x26));
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(kNan);
    return g;
}

QCPColorGradient divergingGradient() {  // signed features: blue below zero, red above
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0x21, 0x66, 0xAC));
    g.setColorStopAt(0.25, QColor(0x92, 0xC5, 0xDE));
    g.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    g.setColorStopAt(0.75, QColor(0xF4, 0xA5, 0x82));
    g.setColorStopAt(1.0, QColor(0xB2, 0x18, 0x2B));
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(kNan);
    return g;
}

// The value at quantile q of v (v is reordered).
double quantile(std::vector<double>& v, double q) {
    const auto k = std::size_t(std::clamp(q, 0.0, 1.0) * double(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

// Ticks for a signed-log1p colour axis, labelled with the untransformed values: zero, then powers
// of ten from the largest down, then 2 and 5 times them, each kept only if it is not crowded.
QMap<double, QString> signedLogTicks(QCPRange range) {
    std::vector<double> candidates{0.0};
    for (const double m : {1.0, 5.0, 2.0})
        for (int e = 15; e >= -2; --e)
            candidates.insert(candidates.end(), {m * std::pow(10.0, e), -m * std::pow(10.0, e)});
    QMap<double, QString> ticks;
    const double minGap = range.size() / 9.0;
    for (const double v : candidates) {
        const double t = signedLog1p(v);
        if (!range.contains(t)) continue;
        const bool crowded =
            std::any_of(ticks.keyBegin(), ticks.keyEnd(), [&](double other) { return std::abs(other - t) < minGap; });
        if (!crowded) ticks.insert(t, std::abs(v) >= 1 ? QLocale().toString(v, 'f', 0) : QLocale().toString(v, 'g', 2));
    }
    return ticks;
}

}  // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent) {
    feature_ = new FeatureChooser(this);
    logScale_ = new QCheckBox(this);

    auto* bar = new QHBoxLayout;
    auto* featureLabel = new QLabel(this);
    bar->addWidget(featureLabel);
    bar->addWidget(feature_);
    bar->addStretch(1);
    bar->addWidget(logScale_);

    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("heatmapPlot"));
    plot_->setMinimumSize(300, 200);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);  // rows are categories: only time pans
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);

    title_ = addPlotTitle(plot_, font());

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeSpec(Qt::UTC);  // Date is a calendar day; no time zone shifts
    dateTicker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dateTicker->setTickCount(6);
    plot_->xAxis->setTicker(dateTicker);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot_->yAxis->setRangeReversed(true);  // first row at the top, as in a table
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 3);
    plot_->yAxis->grid()->setVisible(false);
    plot_->xAxis->grid()->setVisible(false);

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);  // each cell is one institution-day; never smear them
    scale_ = new QCPColorScale(plot_);
    scale_->setType(QCPAxis::atRight);
    scale_->setBarWidth(12);
    plot_->plotLayout()->addElement(1, 1, scale_);
    map_->setColorScale(scale_);
    auto* margins = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    scale_->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    marker_ = std::make_unique<RowMarker>(plot_);
    connect(plot_, &QCustomPlot::afterLayout, this, &HeatmapView::updateRowTicks);
    asOf_ = new QCPItemStraightLine(plot_);
    asOf_->setPen(QPen(QColor(0x11, 0x11, 0x11), 1.5, Qt::DashLine));
    asOf_->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(plot_, 1);

    connect(feature_, &QComboBox::activated, this, [this] {  // user choices only
        title_->setText(tr("Loading %1…").arg(feature_->currentText()));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        emit featureRequested(featureName());
    });
    connect(logScale_, &QCheckBox::toggled, this, [this](bool on) {
        data_.logScale = on;
        rebuildColourMap();
    });
    connect(plot_, &QCustomPlot::mousePress, this, &HeatmapView::onPlotPress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &HeatmapView::onPlotRelease);
    connect(plot_, &QCustomPlot::mouseMove, this, &HeatmapView::onPlotMove);
    // The feature's labels come with the data, which the app loads again in a new language.
    (new LiveTexts(this))->add(this, [this, featureLabel] {
        featureLabel->setText(tr("Feature:"));
        logScale_->setText(tr("Log scale"));
        logScale_->setToolTip(tr("Colour by sign(x)·log(1+|x|), for heavy-tailed features"));
        rebuildColourMap();
    });
}

HeatmapView::~HeatmapView() = default;

void HeatmapView::setFeatureChoices(const QStringList& names, const QStringList& labels) {
    feature_->setChoices(names, labels);
}

void HeatmapView::setData(HeatmapData data) {
    data_ = std::move(data);
    feature_->showFeature(data_.featureName);
    {
        const QSignalBlocker block(logScale_);
        logScale_->setChecked(data_.logScale);
    }
    rebuildColourMap();
    if (selection_) onSelectionChanged(selection_->institution());
    updateAsOf();
}

void HeatmapView::setSelectionModel(SelectionModel* selection) {
    if (selection_ == selection) return;
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::institutionChanged, this, &HeatmapView::onSelectionChanged);
        connect(selection_, &SelectionModel::dayChanged, this, &HeatmapView::updateAsOf);
    }
    updateAsOf();
    onSelectionChanged(selection_ ? selection_->institution() : InstitutionId{});
}

QString HeatmapView::featureName() const { return feature_->featureName(); }

InstitutionId HeatmapView::highlightedInstitution() const { return highlighted_; }

int HeatmapView::rowCount() const { return int(data_.matrix.institutions.size()); }

QPoint HeatmapView::cellPosition(InstitutionId id, Date day) const {
    const int row = rowOf(id);
    if (row < 0 || data_.matrix.days.empty()) return {-1, -1};
    plot_->replot(QCustomPlot::rpImmediateRefresh);  // make sure the axes know their pixel extent
    const double x = plot_->xAxis->coordToPixel((day.daysSinceEpoch() + 0.5) * kSecondsPerDay);
    const double y = plot_->yAxis->coordToPixel(row);
    return plot_->mapTo(this, QPointF(x, y).toPoint());
}

void HeatmapView::rebuildColourMap() {
    const FeatureMatrix& m = data_.matrix;
    const std::size_t rows = m.institutions.size(), cols = m.days.size();
    const bool valid = rows > 0 && cols > 0 && m.values.size() == rows * cols;
    auto* cells = map_->data();
    if (!valid) {
        cells->clear();
        title_->setText(tr("No data loaded"));
        rowStep_ = 0;
        updateRowTicks();
        updateHighlight();
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    // A calendar-day grid, so the axis is true time and lines up with the time-series view; a
    // trading day's cell extends over the weekend or holiday that follows it.
    const int first = m.days.front().daysSinceEpoch();
    const int calendarDays = std::max(m.days.back().daysSinceEpoch() - first + 1, 2);
    auto transform = [&](double v) { return data_.logScale ? signedLog1p(v) : v; };
    cells->setSize(calendarDays, int(rows));
    cells->setRange(QCPRange((first + 0.5) * kSecondsPerDay, (first + calendarDays - 0.5) * kSecondsPerDay),
                    QCPRange(0, std::max<double>(double(rows) - 1, 1)));
    std::vector<double> finite;
    finite.reserve(m.values.size());
    for (int d = 0; d < calendarDays; ++d) {
        const auto col = columnAt((first + d + 0.5) * kSecondsPerDay);
        for (std::size_t r = 0; r < rows; ++r) {
            const double v = col ? transform(m.at(r, *col)) : std::nan("");
            cells->setCell(d, int(r), v);
        }
    }
    for (const double v : m.values)
        if (std::isfinite(v)) finite.push_back(transform(v));

    // A robust range (2nd to 98th percentile): one outlier must not wash out every other cell.
    QCPRange range(0, 1);
    bool diverging = false;
    if (!finite.empty()) {
        double lo = quantile(finite, 0.02), hi = quantile(finite, 0.98);
        diverging = lo < 0 && hi > 0;
        if (diverging) lo = -(hi = std::max(-lo, hi));  // zero sits on the neutral colour
        if (hi <= lo) hi = lo + 1;
        range = QCPRange(lo, hi);
    }
    scale_->setGradient(diverging ? divergingGradient() : sequentialGradient());
    scale_->setDataRange(range);
    if (data_.logScale) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->setTicks(signedLogTicks(range));
        scale_->axis()->setTicker(ticker);
    } else {
        scale_->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    QString label = data_.featureLabel.isEmpty() ? data_.featureName : data_.featureLabel;
    if (!data_.unit.isEmpty()) label += QStringLiteral(" (%1)").arg(data_.unit);
    if (data_.logScale) label += tr(", log scale");
    scale_->axis()->setLabel(label);
    title_->setText(tr("%1 — %2 institutions, %3 to %4")
                        .arg(data_.featureLabel.isEmpty() ? data_.featureName : data_.featureLabel,
                             QLocale().toString(qlonglong(rows)), QString::fromStdString(m.days.front().toString()),
                             QString::fromStdString(m.days.back().toString())));

    plot_->xAxis->setRange(first * kSecondsPerDay, (first + calendarDays) * kSecondsPerDay);
    plot_->yAxis->setRange(-0.5, double(rows) - 0.5);
    rowStep_ = 0;
    updateRowTicks();
    updateHighlight();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// As many institutions' codes as fit the rows' height without overlapping, after each layout (a
// resize, an export at another size).
void HeatmapView::updateRowTicks() {
    auto ticker = plot_->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker) return;
    const int rows = rowCount();
    const int step = labelStep(rows, plot_->yAxis->tickLabelFont(), plot_->axisRect()->height());
    if (step == rowStep_) return;
    rowStep_ = step;
    QMap<double, QString> ticks;
    for (int r = 0; r < rows; r += step)
        ticks.insert(r, r < int(data_.rowLabels.size()) ? data_.rowLabels[std::size_t(r)] : QString::number(r + 1));
    ticker->setTicks(ticks);
    layOutAgain(*plot_);
}

void HeatmapView::updateHighlight() {
    const int row = rowOf(highlighted_);
    if (row >= 0) {
        const QCPRange keys = map_->data()->keyRange();
        const double halfDay = 0.5 * kSecondsPerDay;
        marker_->show(row, keys.lower - halfDay, keys.upper + halfDay,
                      row < int(data_.rowLabels.size()) ? data_.rowLabels[std::size_t(row)]
                                                        : QString::number(highlighted_.value));
    } else {
        marker_->hide();
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapView::onSelectionChanged(InstitutionId id) {
    highlighted_ = rowOf(id) >= 0 ? id : InstitutionId{};
    updateHighlight();
}

// The time cursor as a vertical line through the middle of its day's column.
void HeatmapView::updateAsOf() {
    const Date day = selection_ ? selection_->day() : Date();
    const auto& days = data_.matrix.days;
    const bool show = !days.empty() && std::binary_search(days.begin(), days.end(), day);
    asOf_->setVisible(show);
    if (show) {
        const double x = (day.daysSinceEpoch() + 0.5) * kSecondsPerDay;
        asOf_->point1->setCoords(x, 0);
        asOf_->point2->setCoords(x, 1);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapView::onPlotPress(QMouseEvent* event) { pressPos_ = event->pos(); }

void HeatmapView::onPlotRelease(QMouseEvent* event) {
    // A click (not the end of a pan) on a row selects that row's institution.
    if (event->button() != Qt::LeftButton) return;
    const QPoint moved = event->pos() - pressPos_;
    if (std::hypot(moved.x(), moved.y()) > kClickSlop) return;
    const auto row = rowAt(event->position());
    if (!row) return;
    const InstitutionId id = data_.matrix.institutions[std::size_t(*row)];
    // Read the day under the pointer first: the selection moving may resize this view.
    const auto col = columnAt(plot_->xAxis->pixelToCoord(event->position().x()));
    if (!selection_) return onSelectionChanged(id);
    selection_->setInstitution(id);
    // A cell is a drill-down: the whole workstation moves to that institution on that day.
    if (col) selection_->setDay(data_.matrix.days[*col]);
}

void HeatmapView::onPlotMove(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) return;
    const auto row = rowAt(event->position());
    const auto col = row ? columnAt(plot_->xAxis->pixelToCoord(event->position().x())) : std::nullopt;
    if (!row || !col) {
        // The title and the colour scale name the feature: there, what it measures.
        const QPoint at = event->pos();
        if (!data_.featureName.isEmpty() && (title_->outerRect().contains(at) || scale_->outerRect().contains(at)))
            QToolTip::showText(event->globalPosition().toPoint(), metricToolTip(), plot_);
        else
            QToolTip::hideText();
        return;
    }
    const double v = data_.matrix.at(std::size_t(*row), *col);
    const QString value = std::isfinite(v) ? QLocale().toString(v, 'g', 4) + QLatin1Char(' ') + data_.unit : tr("n/a");
    const QString label = *row < int(data_.rowLabels.size()) ? data_.rowLabels[std::size_t(*row)] : QString();
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("%1 · %2\n%3: %4")
                           .arg(label, QString::fromStdString(data_.matrix.days[*col].toString()), data_.featureLabel,
                                value.trimmed()),
                       plot_);
}

QString HeatmapView::metricToolTip() const { return featureToolTip(data_.featureName.toStdString()); }

std::optional<int> HeatmapView::rowAt(QPointF pos) const {
    if (!plot_->axisRect()->rect().contains(pos.toPoint())) return std::nullopt;
    const int row = int(std::lround(plot_->yAxis->pixelToCoord(pos.y())));
    if (row < 0 || row >= rowCount()) return std::nullopt;
    return row;
}

std::optional<std::size_t> HeatmapView::columnAt(double seconds) const {
    const auto& days = data_.matrix.days;
    const int day = int(std::floor(seconds / kSecondsPerDay));
    const auto it = std::upper_bound(days.begin(), days.end(), Date(day));
    if (it == days.begin()) return std::nullopt;
    const auto col = std::size_t(it - days.begin() - 1);
    if (day - days[col].daysSinceEpoch() > kMaxCarryDays || day > days.back().daysSinceEpoch()) return std::nullopt;
    return col;
}

int HeatmapView::rowOf(InstitutionId id) const {
    if (!id.valid()) return -1;
    const auto& ids = data_.matrix.institutions;
    const auto it = std::find(ids.begin(), ids.end(), id);
    return it == ids.end() ? -1 : int(it - ids.begin());
}

QString HeatmapView::exportName() const {
    return data_.featureLabel.isEmpty() ? tr("Heatmap") : tr("Heatmap %1").arg(data_.featureLabel);
}

// One row per institution as drawn (top to bottom), one column per day, in display units.
DataTable HeatmapView::exportTable() const {
    DataTable table;
    const QString unit = data_.unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(data_.unit);
    table.header << tr("Institution") + unit;
    for (const Date& day : data_.matrix.days) table.header << QString::fromStdString(day.toString());
    for (std::size_t row = 0; row < data_.matrix.institutions.size(); ++row) {
        QStringList line{row < data_.rowLabels.size() ? data_.rowLabels[row] : QString()};
        for (std::size_t col = 0; col < data_.matrix.days.size(); ++col)
            line << DataTable::number(data_.matrix.at(row, col));
        table.rows << line;
    }
    return table;
}

QSize HeatmapView::chartSize() const { return plot_->size(); }

void HeatmapView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
