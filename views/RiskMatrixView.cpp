#include "RiskMatrixView.h"

#include "AxisLabels.h"
#include "FeatureNames.h"
#include "LiveTexts.h"
#include "PlotPainting.h"
#include "PlotTitle.h"
#include "RowMarker.h"
#include "Seriation.h"
#include "SelectionModel.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace eagle {
namespace {
constexpr int kClickSlop = 4;
}

RiskMatrixView::RiskMatrixView(QWidget* parent)
    : QWidget(parent), sort_(new QComboBox(this)), plot_(new QCustomPlot(this)) {
    auto* bar = new QHBoxLayout;
    auto* order = new QLabel(this);
    bar->addWidget(order);
    bar->addWidget(sort_);
    bar->addStretch(1);
    sort_->addItem(QString());

    plot_->setObjectName(QStringLiteral("riskMatrixPlot"));
    plot_->setMinimumSize(260, 200);
    title_ = addPlotTitle(plot_, font());
    plot_->yAxis->setRangeReversed(true);
    plot_->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    plot_->xAxis->grid()->setVisible(false);
    plot_->yAxis->grid()->setVisible(false);
    plot_->xAxis->setTickLabelRotation(-30);
    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    map_->setInterpolate(false);
    map_->setDataRange(QCPRange(0, 100));  // scores are 0-100 by construction
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0x2B, 0x83, 0xBA));
    gradient.setColorStopAt(0.5, QColor(0xFF, 0xFF, 0xBF));
    gradient.setColorStopAt(1.0, QColor(0xD7, 0x19, 0x1C));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    map_->setGradient(gradient);
    marker_ = std::make_unique<RowMarker>(plot_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(plot_, 1);
    connect(sort_, &QComboBox::activated, this, &RiskMatrixView::sortBy);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { pressPos_ = e->pos(); });
    connect(plot_, &QCustomPlot::mouseRelease, this, &RiskMatrixView::onPlotRelease);
    plot_->installEventFilter(this);  // tooltips over the columns
    connect(plot_, &QCustomPlot::afterLayout, this, &RiskMatrixView::updateRowTicks);
    // The columns' labels come with the data, which the app loads again in a new language.
    (new LiveTexts(this))->add(this, [this, order] {
        order->setText(tr("Order:"));
        sort_->setItemText(0, tr("By similarity"));
        if (order_.empty()) title_->setText(tr("No data loaded"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

RiskMatrixView::~RiskMatrixView() = default;

void RiskMatrixView::setData(RiskMatrixData data) {
    data_ = std::move(data);
    const int choice = sort_->currentIndex();
    while (sort_->count() > 1) sort_->removeItem(1);
    for (qsizetype k = 0; k < data_.columnLabels.size(); ++k) {
        sort_->addItem(tr("By %1").arg(data_.columnLabels[k]));
        sort_->setItemData(sort_->count() - 1, columnToolTip(int(k)), Qt::ToolTipRole);
    }
    sort_->setCurrentIndex(std::clamp(choice, 0, sort_->count() - 1));
    sortBy(sort_->currentIndex());
}

void RiskMatrixView::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::institutionChanged, this, &RiskMatrixView::updateHighlight);
    updateHighlight();
}

void RiskMatrixView::sortBy(int choice) {
    if (sort_->currentIndex() != choice) sort_->setCurrentIndex(choice);
    if (choice <= 0) {
        order_ = orderBySimilarity(data_.scores);
    } else {
        const std::size_t column = std::size_t(choice - 1);
        order_.resize(data_.scores.size());
        std::iota(order_.begin(), order_.end(), 0);
        const auto key = [&](std::size_t row) {
            const double v = column < data_.scores[row].size() ? data_.scores[row][column] : NAN;
            return std::isfinite(v) ? v : -1.0;  // undefined last
        };
        std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) { return key(a) > key(b); });
    }
    rebuild();
}

std::vector<InstitutionId> RiskMatrixView::shownOrder() const {
    std::vector<InstitutionId> out;
    for (std::size_t row : order_) out.push_back(data_.institutions[row]);
    return out;
}

void RiskMatrixView::rebuild() {
    const int rows = int(order_.size()), columns = int(data_.columnLabels.size());
    auto* cells = map_->data();
    if (rows == 0 || columns == 0) {
        cells->clear();
        title_->setText(tr("No data loaded"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    cells->setSize(columns, rows);
    cells->setRange(QCPRange(0, std::max(columns - 1, 1)), QCPRange(0, std::max(rows - 1, 1)));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const auto& row = data_.scores[order_[std::size_t(r)]];
            cells->setCell(c, r, std::size_t(c) < row.size() ? row[std::size_t(c)] : NAN);
        }
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int c = 0; c < columns; ++c) xTicks->addTick(c, data_.columnLabels[c]);
    plot_->xAxis->setTicker(xTicks);
    rowStep_ = 0;
    updateRowTicks();
    plot_->xAxis->setRange(-0.5, columns - 0.5);
    plot_->yAxis->setRange(-0.5, rows - 0.5);
    title_->setText(tr("Risk scores as of %1 — %n institution(s)", nullptr, rows)
                        .arg(QString::fromStdString(data_.day.toString())));
    updateHighlight();
}

// As many codes as fit the rows' height without overlapping, after each layout (a resize, an
// export at another size); the rows between stay clickable.
void RiskMatrixView::updateRowTicks() {
    const int rows = int(order_.size());
    const int step = labelStep(rows, plot_->yAxis->tickLabelFont(), plot_->axisRect()->height());
    if (step == rowStep_) return;
    rowStep_ = step;
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int r = 0; r < rows; r += step) ticks->addTick(r, data_.rowLabels.value(int(order_[std::size_t(r)])));
    plot_->yAxis->setTicker(ticks);
    layOutAgain(*plot_);
}

void RiskMatrixView::updateHighlight() {
    const InstitutionId id = selection_ ? selection_->institution() : InstitutionId{};
    const auto shown = shownOrder();
    const auto it = std::find(shown.begin(), shown.end(), id);
    if (id.valid() && it != shown.end()) {
        const auto row = std::size_t(it - shown.begin());
        marker_->show(double(row), -0.5, double(data_.columnLabels.size()) - 0.5, data_.rowLabels.value(int(order_[row])));
    } else {
        marker_->hide();
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QPoint RiskMatrixView::rowPosition(InstitutionId id) const {
    const auto shown = shownOrder();
    const auto it = std::find(shown.begin(), shown.end(), id);
    if (it == shown.end()) return {-1, -1};
    plot_->replot(QCustomPlot::rpImmediateRefresh);
    const double y = plot_->yAxis->coordToPixel(double(it - shown.begin()));
    const double x = plot_->xAxis->coordToPixel(0);
    return plot_->mapTo(this, QPointF(x, y).toPoint());
}

QWidget* RiskMatrixView::plotWidget() const { return plot_; }

void RiskMatrixView::onPlotRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !selection_) return;
    const QPoint moved = event->pos() - pressPos_;
    if (std::hypot(moved.x(), moved.y()) > kClickSlop) return;
    if (!plot_->axisRect()->rect().contains(event->pos())) return;
    const int row = int(std::lround(plot_->yAxis->pixelToCoord(event->position().y())));
    if (row >= 0 && row < int(order_.size())) selection_->setInstitution(data_.institutions[order_[std::size_t(row)]]);
}

QString RiskMatrixView::columnToolTip(int column) const {
    const std::size_t k = std::size_t(column);
    return column >= 0 && k < std::size_t(data_.columnFeatures.size()) ? featureToolTip(data_.columnFeatures[qsizetype(k)].toStdString())
                                                                        : QString();
}

bool RiskMatrixView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::ToolTip) {
        // Over a column, its cells or its label below them.
        const auto* help = static_cast<QHelpEvent*>(event);
        const QRect area = plot_->axisRect()->rect();
        const int column = int(std::lround(plot_->xAxis->pixelToCoord(help->pos().x())));
        const QString tip = help->pos().x() >= area.left() && help->pos().x() <= area.right() &&
                                    help->pos().y() >= area.top()
                                ? columnToolTip(column)
                                : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, plot_);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString RiskMatrixView::exportName() const {
    return data_.day != Date() ? tr("Risk matrix %1").arg(QString::fromStdString(data_.day.toString())) : tr("Risk matrix");
}

// The rows in the order shown, one column per risk type.
DataTable RiskMatrixView::exportTable() const {
    DataTable table;
    table.header << tr("Institution") << data_.columnLabels;
    for (std::size_t row : order_) {
        QStringList line{row < std::size_t(data_.rowLabels.size()) ? data_.rowLabels[qsizetype(row)] : QString()};
        for (double score : data_.scores[row]) line << DataTable::number(score);
        table.rows << line;
    }
    return table;
}

QSize RiskMatrixView::chartSize() const { return plot_->size(); }

void RiskMatrixView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
