#include "ClusterScatterView.h"

#include "LiveTexts.h"
#include "PlotPainting.h"
#include "PlotTitle.h"
#include "SelectionModel.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eagle {
namespace {
constexpr int kClickSlop = 4;
constexpr double kPickRadius = 12;  // pixels: a click this close to a point selects it
constexpr std::size_t kLoadingArrows = 6;
// Tableau-like palette, distinguishable and printable; cycles beyond ten clusters.
const QColor kPalette[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                           QColor(0xD6, 0x27, 0x28), QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B),
                           QColor(0xE3, 0x77, 0xC2), QColor(0x7F, 0x7F, 0x7F), QColor(0xBC, 0xBD, 0x22),
                           QColor(0x17, 0xBE, 0xCF)};
}  // namespace

ClusterScatterView::ClusterScatterView(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    plot_->setObjectName(QStringLiteral("clusterScatterPlot"));
    plot_->setMinimumSize(260, 220);
    title_ = addPlotTitle(plot_, font());
    // No legend over the points: the cluster summary below names each colour.
    plot_->legend->setVisible(false);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) { pressPos_ = e->pos(); });
    connect(plot_, &QCustomPlot::mouseRelease, this, &ClusterScatterView::onPlotRelease);
    (new LiveTexts(this))->add(this, [this] { rebuild(); });
}

ClusterScatterView::~ClusterScatterView() = default;

QColor ClusterScatterView::clusterColour(int cluster) {
    return kPalette[std::size_t(std::max(cluster, 0)) % std::size(kPalette)];
}

void ClusterScatterView::setData(ClusterData data) {
    data_ = std::move(data);
    rebuild();
}

void ClusterScatterView::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::institutionChanged, this, &ClusterScatterView::updateRing);
    updateRing();
}

void ClusterScatterView::rebuild() {
    plot_->clearGraphs();
    plot_->clearItems();  // the loading arrows
    graphs_.clear();
    ring_ = nullptr;
    if (!data_.valid || data_.points.empty()) {
        title_->setText(tr("No strategy clusters yet: run Analysis ▸ Cluster and train"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    for (const ClusterDescription& c : data_.clusters) {
        QCPGraph* g = plot_->addGraph();
        const QColor colour = clusterColour(c.cluster);
        g->setLineStyle(QCPGraph::lsNone);
        g->setPen(QPen(colour));
        QColor fill = colour;
        fill.setAlpha(150);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(colour), QBrush(fill), 6));
        g->setName(tr("%1 · %2 (%n)", nullptr, c.size).arg(c.cluster).arg(c.name));
        graphs_.push_back(g);
    }
    // Points per cluster (QCustomPlot keeps each graph sorted by key).
    std::vector<QVector<double>> keys(graphs_.size()), values(graphs_.size());
    for (const ClusterPoint& p : data_.points) {
        const auto it = std::find_if(data_.clusters.begin(), data_.clusters.end(),
                                     [&](const ClusterDescription& c) { return c.cluster == p.cluster; });
        if (it == data_.clusters.end()) continue;
        const std::size_t k = std::size_t(it - data_.clusters.begin());
        keys[k] << p.pc1;
        values[k] << p.pc2;
    }
    for (std::size_t k = 0; k < graphs_.size(); ++k) graphs_[k]->setData(keys[k], values[k]);
    // A graph of one point rather than an item, so that the ring keeps its size on screen.
    ring_ = plot_->addGraph();
    ring_->setLineStyle(QCPGraph::lsNone);
    ring_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0x11, 0x11, 0x11), 2.5),
                                           Qt::NoBrush, 16));
    ring_->removeFromLegend();
    plot_->rescaleAxes();
    const QCPRange x = plot_->xAxis->range(), y = plot_->yAxis->range();
    plot_->xAxis->setRange(x.lower - x.size() * 0.05, x.upper + x.size() * 0.05);
    plot_->yAxis->setRange(y.lower - y.size() * 0.05, y.upper + y.size() * 0.05);

    // The strongest loadings as arrows from the origin, scaled to a third of the shorter axis;
    // an arrow pointing almost where a labelled one points stays unlabelled, so labels do not pile up.
    const double reach = std::min(x.size(), y.size()) / 3;
    std::vector<double> labelled;  // directions, radians
    for (std::size_t k = 0; k < std::min(kLoadingArrows, data_.loadings.size()); ++k) {
        const auto& l = data_.loadings[k];
        auto* arrow = new QCPItemLine(plot_);
        arrow->start->setCoords(0, 0);
        arrow->end->setCoords(l.pc1 * reach, l.pc2 * reach);
        arrow->setHead(QCPLineEnding::esSpikeArrow);
        arrow->setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        const double angle = std::atan2(l.pc2, l.pc1);
        if (std::any_of(labelled.begin(), labelled.end(), [&](double a) {
                return std::abs(std::remainder(a - angle, 2 * std::numbers::pi)) < 0.35;
            }))
            continue;
        labelled.push_back(angle);
        auto* text = new QCPItemText(plot_);
        text->position->setCoords(l.pc1 * reach, l.pc2 * reach);
        text->setPositionAlignment((l.pc1 >= 0 ? Qt::AlignLeft : Qt::AlignRight) |
                                   (l.pc2 >= 0 ? Qt::AlignBottom : Qt::AlignTop));
        text->setText(l.label);
        text->setColor(QColor(0x44, 0x44, 0x44));
        text->setFont(QFont(font().family(), std::max(6, font().pointSize() - 1)));
    }
    plot_->xAxis->setLabel(tr("PC1 (%1% of variance)").arg(data_.variance1 * 100, 0, 'f', 0));
    plot_->yAxis->setLabel(tr("PC2 (%1% of variance)").arg(data_.variance2 * 100, 0, 'f', 0));
    title_->setText(tr("Strategy clusters, %1 — %n institution(s), silhouette %2", nullptr, int(data_.points.size()))
                        .arg(data_.period)
                        .arg(data_.silhouette, 0, 'f', 2));
    updateRing();
}

void ClusterScatterView::updateRing() {
    if (!ring_) return;
    const InstitutionId id = selection_ ? selection_->institution() : InstitutionId{};
    const auto it = std::find_if(data_.points.begin(), data_.points.end(),
                                 [&](const ClusterPoint& p) { return p.institution == id; });
    const bool show = id.valid() && it != data_.points.end();
    ring_->data()->clear();
    if (show) ring_->addData(it->pc1, it->pc2);
    ring_->setVisible(show);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QVector<QPointF> ClusterScatterView::plottedPoints(int cluster) const {
    QVector<QPointF> out;
    for (std::size_t k = 0; k < graphs_.size() && k < data_.clusters.size(); ++k)
        if (data_.clusters[k].cluster == cluster)
            for (auto it = graphs_[k]->data()->constBegin(); it != graphs_[k]->data()->constEnd(); ++it)
                out << QPointF(it->key, it->value);
    return out;
}

QColor ClusterScatterView::plottedColour(int cluster) const {
    for (std::size_t k = 0; k < graphs_.size() && k < data_.clusters.size(); ++k)
        if (data_.clusters[k].cluster == cluster) return graphs_[k]->scatterStyle().pen().color();
    return {};
}

InstitutionId ClusterScatterView::ringed() const {
    if (!ring_ || !ring_->visible() || !selection_) return {};
    return selection_->institution();
}

QPoint ClusterScatterView::pointPosition(InstitutionId id) const {
    const auto it = std::find_if(data_.points.begin(), data_.points.end(),
                                 [&](const ClusterPoint& p) { return p.institution == id; });
    if (it == data_.points.end()) return {-1, -1};
    plot_->replot(QCustomPlot::rpImmediateRefresh);
    const QPointF at(plot_->xAxis->coordToPixel(it->pc1), plot_->yAxis->coordToPixel(it->pc2));
    return plot_->mapTo(this, at.toPoint());
}

QWidget* ClusterScatterView::plotWidget() const { return plot_; }

void ClusterScatterView::onPlotRelease(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !selection_) return;
    const QPoint moved = event->pos() - pressPos_;
    if (std::hypot(moved.x(), moved.y()) > kClickSlop) return;
    // The nearest point on screen, if it is close enough to have been meant.
    double best = kPickRadius;
    InstitutionId picked;
    for (const ClusterPoint& p : data_.points) {
        const double dx = plot_->xAxis->coordToPixel(p.pc1) - event->position().x();
        const double dy = plot_->yAxis->coordToPixel(p.pc2) - event->position().y();
        if (const double d = std::hypot(dx, dy); d < best) best = d, picked = p.institution;
    }
    if (picked.valid()) selection_->setInstitution(picked);
}

QString ClusterScatterView::exportName() const { return tr("Strategy map"); }

// One row per institution: where it sits on the two components and in which cluster.
DataTable ClusterScatterView::exportTable() const {
    DataTable table;
    table.header << tr("Institution") << tr("Cluster") << tr("Cluster name") << tr("PC1") << tr("PC2")
                 << tr("Distance to its centre") << tr("Moved cluster");
    for (const ClusterPoint& p : data_.points) {
        const auto named = std::find_if(data_.clusters.begin(), data_.clusters.end(),
                                        [&p](const ClusterDescription& c) { return c.cluster == p.cluster; });
        table.rows << QStringList{p.label,
                                  QString::number(p.cluster),
                                  named != data_.clusters.end() ? named->name : QString(),
                                  DataTable::number(p.pc1),
                                  DataTable::number(p.pc2),
                                  DataTable::number(p.distance),
                                  p.moved ? tr("yes") : tr("no")};
    }
    return table;
}

QSize ClusterScatterView::chartSize() const { return plot_->size(); }

void ClusterScatterView::paintChart(QPainter& painter, QSize size) const { paintPlot(*plot_, painter, size); }

}  // namespace eagle
