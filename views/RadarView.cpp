#include "RadarView.h"

#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "LiveTexts.h"

#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolButton>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>
#include <limits>
#include <numbers>

namespace eagle {
namespace {

constexpr double kRings[] = {25, 50, 75, 100};
const QColor kGrid(0xC8, 0xCD, 0xD3);
const QColor kMuted(0x6C, 0x75, 0x7D);
const QColor kPeer(0x34, 0x3A, 0x40);
const QColor kMissing(0xB0, 0x3A, 0x2E);
const QColor kCluster(0x8E, 0x24, 0xAA);  // the strategy cluster's median

// Direction of axis i of n: the first points up, the rest follow clockwise.
QPointF direction(std::size_t i, std::size_t n) {
    const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(std::max<std::size_t>(n, 1));
    return {std::cos(angle), std::sin(angle)};
}

double valueOr0(const std::vector<double>& v, std::size_t i) {
    return i < v.size() && std::isfinite(v[i]) ? std::clamp(v[i], 0.0, 100.0) : 0.0;
}

bool isMissing(const std::vector<double>& v, std::size_t i) { return i >= v.size() || !std::isfinite(v[i]); }

}  // namespace

RadarView::RadarView(QWidget* parent)
    : QWidget(parent), dimensions_(new QToolButton(this)), dimensionMenu_(new QMenu(this)) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    dimensions_->setPopupMode(QToolButton::InstantPopup);
    dimensions_->setMenu(dimensionMenu_);
    dimensions_->setVisible(false);
    // Everything else is drawn in the language of the moment (paintEvent).
    (new LiveTexts(this))->add(this, [this] {
        dimensions_->setText(tr("Dimensions"));
        dimensions_->setToolTip(tr("Choose the features the radar compares"));
        dimensions_->adjustSize();
        update();
    });
}

void RadarView::setDimensionChoices(const QStringList& names, const QStringList& labels, const QStringList& chosen) {
    dimensionMenu_->clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        QAction* a = dimensionMenu_->addAction(i < labels.size() ? labels[i] : names[i]);
        a->setData(names[i]);
        a->setCheckable(true);
        a->setChecked(chosen.contains(names[i]));
        connect(a, &QAction::toggled, this, &RadarView::onDimensionToggled);
    }
    dimensions_->setVisible(!names.isEmpty());
    dimensions_->adjustSize();
    dimensions_->move(width() - dimensions_->width() - 4, 4);
}

QStringList RadarView::chosenDimensions() const {
    QStringList out;
    for (QAction* a : dimensionMenu_->actions())
        if (a->isChecked()) out << a->data().toString();
    return out;
}

void RadarView::onDimensionToggled() {
    const QStringList chosen = chosenDimensions();
    if (chosen.size() < 3) {  // undo the untick: fewer than three axes make no radar
        if (auto* a = qobject_cast<QAction*>(sender())) {
            const QSignalBlocker block(a);
            a->setChecked(true);
        }
        return;
    }
    emit dimensionsChanged(chosen);
}

void RadarView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    dimensions_->move(width() - dimensions_->width() - 4, 4);
}

void RadarView::setProfile(RadarProfile profile) {
    profile_ = std::move(profile);
    update();
}

void RadarView::clear() { setProfile(RadarProfile{}); }

void RadarView::setAxisLabelProvider(AxisLabelProvider provider) {
    labels_ = std::move(provider);
    update();
}

void RadarView::setAxisLabels(const QHash<QString, QString>& labels) {
    setAxisLabelProvider([labels](const std::string& feature) {
        const QString key = QString::fromStdString(feature);
        return labels.value(key, key);
    });
}

QString RadarView::title() const {
    if (!profile_.institution.valid()) return tr("Peer comparison");
    return tr("Peer comparison: %1").arg(QString::fromStdString(profile_.institutionLabel));
}

QString RadarView::axisLabel(std::size_t axis) const {
    const std::string& key = profile_.axes[axis];
    if (labels_) return labels_(key);
    return QString::fromStdString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QColor RadarView::institutionColour() const {
    // The peer group is the institution type, so the polygon wears the type's colour.
    if (const auto type = parseInstitutionType(profile_.peerGroup)) return typeColor(*type);
    return QColor(0x1F, 0x77, 0xB4);
}

void RadarView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    // On screen the title keeps clear of the Dimensions button in the top right corner.
    paintRadar(p, QRectF(rect()), dimensions_->isVisible() ? QRectF(dimensions_->geometry()) : QRectF());
}

void RadarView::paintRadar(QPainter& p, const QRectF& bounds, const QRectF& keepClear) const {
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QRectF area = bounds.adjusted(8, 6, -8, -6);
    area.setTop(drawTitle(p, area, keepClear) + 4);
    if (!profile_.institution.valid() || profile_.axes.empty()) {
        p.setFont(font());
        p.setPen(kMuted);
        p.drawText(area, Qt::TextWordWrap | Qt::AlignCenter, tr("Select an institution to compare it with its peers"));
        return;
    }
    area.setBottom(drawLegend(p, area) - 6);
    drawChart(p, area);
}

// Centred beside the corner to keep clear when it fits there, else below the corner, cut to the
// width with an ellipsis if need be.
double RadarView::drawTitle(QPainter& p, const QRectF& area, const QRectF& keepClear) const {
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    const QFontMetricsF fm(titleFont);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    const QString text = title();
    QRectF box(area.left(), area.top(), area.width(), fm.height());
    if (!keepClear.isEmpty() && box.intersects(keepClear)) {
        // Symmetric, so that the title stays centred over the chart.
        const double inset = box.right() - keepClear.left() + 4;
        if (fm.horizontalAdvance(text) <= box.width() - 2 * inset)
            box.adjust(inset, 0, -inset, 0);
        else
            box.moveTop(keepClear.bottom() + 2);
    }
    p.drawText(box, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, box.width()));
    return box.bottom();
}

double RadarView::drawLegend(QPainter& p, const QRectF& area) const {
    // The institution (filled), the peer median (dashed) and, with clusters, the cluster median
    // (dotted): on one line when they fit, else one per line.
    const QFontMetricsF fm(font());
    constexpr double kSwatch = 14, kGap = 6, kSpacing = 16;
    const double maxText = area.width() - kSwatch - kGap;
    enum class Style { Filled, Dashed, Dotted };
    struct Entry {
        QString text;
        Style style;
        double width = 0;
    };
    std::vector<Entry> entries{
        {QString::fromStdString(profile_.institutionLabel), Style::Filled},
        {tr("Peer median: %1").arg(peerGroupDisplayName(profile_.peerGroup)), Style::Dashed}};
    if (!profile_.clusterMedianPct.empty())
        entries.push_back({tr("Cluster median: %1").arg(QString::fromStdString(profile_.clusterLabel)), Style::Dotted});
    double total = -kSpacing;
    for (Entry& e : entries) {
        e.text = fm.elidedText(e.text, Qt::ElideRight, maxText);
        e.width = kSwatch + kGap + fm.horizontalAdvance(e.text);
        total += e.width + kSpacing;
    }
    const bool oneLine = total <= area.width();
    const double lines = oneLine ? 1 : double(entries.size());
    const double top = area.bottom() - lines * fm.height();
    const QColor colour = institutionColour();

    auto entry = [&](double x, double y, const Entry& e) {
        const double mid = y + fm.height() / 2;
        if (e.style == Style::Filled) {
            QColor fill = colour;
            fill.setAlpha(90);
            p.setPen(QPen(colour.darker(140), 1.5));
            p.setBrush(fill);
            p.drawRect(QRectF(x, mid - 5, kSwatch, 10));
        } else {
            p.setPen(e.style == Style::Dashed ? QPen(kPeer, 1.6, Qt::DashLine) : QPen(kCluster, 2, Qt::DotLine));
            p.drawLine(QPointF(x, mid), QPointF(x + kSwatch, mid));
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + kSwatch + kGap, y + fm.ascent()), e.text);
    };
    p.setFont(font());
    double x = area.center().x() - total / 2, y = top;
    for (const Entry& e : entries) {
        if (oneLine) {
            entry(x, y, e);
            x += e.width + kSpacing;
        } else {
            entry(area.center().x() - e.width / 2, y, e);
            y += fm.height();
        }
    }
    return top;
}

RadarView::AxisLabel RadarView::layoutAxisLabel(std::size_t i, double maxWidth, bool compact) const {
    const QFontMetricsF fm(font()), small(smallFont());
    AxisLabel label;
    // Long names wrap onto a second line at the space nearest the middle rather than being cut.
    const QString name = axisLabel(i);
    if (fm.horizontalAdvance(name) <= maxWidth || !name.contains(QLatin1Char(' '))) {
        label.lines << fm.elidedText(name, Qt::ElideRight, maxWidth);
    } else {
        qsizetype split = -1;
        for (qsizetype k = 0; k < name.size(); ++k)
            if (name[k] == QLatin1Char(' ') &&
                (split < 0 || std::abs(k - name.size() / 2) < std::abs(split - name.size() / 2)))
                split = k;
        label.lines << fm.elidedText(name.left(split), Qt::ElideRight, maxWidth)
                    << fm.elidedText(name.mid(split + 1), Qt::ElideRight, maxWidth);
    }
    auto pct = [](const std::vector<double>& v, std::size_t k) {
        return isMissing(v, k) ? tr("n/a") : tr("P%1").arg(std::lround(v[k]));
    };
    label.missing = isMissing(profile_.institutionPct, i);
    // Small charts drop the per-axis percentiles, but never hide that a value is missing.
    if (!compact && !profile_.clusterMedianPct.empty())
        label.detail = tr("%1 · peers %2 · cluster %3")
                           .arg(pct(profile_.institutionPct, i), pct(profile_.peerMedianPct, i),
                                pct(profile_.clusterMedianPct, i));
    else if (!compact)
        label.detail = tr("%1 · peers %2").arg(pct(profile_.institutionPct, i), pct(profile_.peerMedianPct, i));
    else if (label.missing)
        label.detail = tr("n/a");
    double w = small.horizontalAdvance(label.detail);
    for (const QString& line : label.lines) w = std::max(w, fm.horizontalAdvance(line));
    label.size = QSizeF(w, double(label.lines.size()) * fm.height() + (label.detail.isEmpty() ? 0 : small.height()));
    return label;
}

QString RadarView::axisToolTip(std::size_t axis) const {
    return axis < profile_.axes.size() ? featureToolTip(profile_.axes[axis]) : QString();
}

QRect RadarView::axisLabelRect(std::size_t axis) const {
    return axis < labelBoxes_.size() && axis < profile_.axes.size() ? labelBoxes_[axis].toAlignedRect() : QRect();
}

bool RadarView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    for (std::size_t i = 0; i < labelBoxes_.size() && i < profile_.axes.size(); ++i)
        if (labelBoxes_[i].adjusted(-4, -4, 4, 4).contains(help->pos())) {
            QToolTip::showText(help->globalPos(), axisToolTip(i), this);
            return true;
        }
    QToolTip::hideText();
    event->ignore();
    return true;
}

QRectF RadarView::labelRect(QPointF anchor, QPointF dir, QSizeF size) {
    // Placed away from the centre: left-aligned on the right side, above at the top, and so on.
    double left = anchor.x() - size.width() / 2, top = anchor.y() - size.height() / 2;
    if (dir.x() > 0.3) left = anchor.x();
    if (dir.x() < -0.3) left = anchor.x() - size.width();
    if (dir.y() > 0.3) top = anchor.y();
    if (dir.y() < -0.3) top = anchor.y() - size.height();
    return {QPointF(left, top), size};
}

void RadarView::drawChart(QPainter& p, const QRectF& chart) const {
    const std::size_t n = profile_.axes.size();
    const bool compact = std::min(chart.width(), chart.height()) < 340;
    std::vector<AxisLabel> labels;
    for (std::size_t i = 0; i < n; ++i) labels.push_back(layoutAxisLabel(i, chart.width() * 0.3, compact));

    // The largest radius at which every label box still fits inside the chart.
    const QPointF centre = chart.center();
    constexpr double kLabelGap = 8;
    double radius = std::min(chart.width(), chart.height()) / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF d = direction(i, n);
        const QSizeF s = labels[i].size;
        const double reachX = d.x() > 0.3 || d.x() < -0.3 ? s.width() : s.width() / 2;
        const double reachY = d.y() > 0.3 || d.y() < -0.3 ? s.height() : s.height() / 2;
        if (std::abs(d.x()) > 1e-6)
            radius = std::min(radius, (chart.width() / 2 - reachX) / std::abs(d.x()) - kLabelGap);
        else
            radius = std::min(radius, chart.width() / 2 - reachX);
        if (std::abs(d.y()) > 1e-6)
            radius = std::min(radius, (chart.height() / 2 - reachY) / std::abs(d.y()) - kLabelGap);
        else
            radius = std::min(radius, chart.height() / 2 - reachY);
    }
    radius = std::max(radius, 20.0);
    auto at = [&](std::size_t i, double pct) { return centre + direction(i, n) * (radius * pct / 100.0); };

    drawGrid(p, centre, radius);

    // The peer median (dashed) over the institution's filled polygon; missing values sit at the
    // centre with a hollow marker.
    const QColor colour = institutionColour();
    QColor fill = colour;
    fill.setAlpha(90);
    QPolygonF peer, own;
    for (std::size_t i = 0; i < n; ++i) {
        peer << at(i, valueOr0(profile_.peerMedianPct, i));
        own << at(i, valueOr0(profile_.institutionPct, i));
    }
    p.setPen(QPen(colour.darker(140), 2));
    p.setBrush(fill);
    p.drawPolygon(own);
    p.setPen(QPen(kPeer, 1.6, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(peer);
    if (!profile_.clusterMedianPct.empty()) {
        QPolygonF cluster;
        for (std::size_t i = 0; i < n; ++i) cluster << at(i, valueOr0(profile_.clusterMedianPct, i));
        p.setPen(QPen(kCluster, 2, Qt::DotLine));
        p.drawPolygon(cluster);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool missing = isMissing(profile_.institutionPct, i);
        p.setPen(QPen(missing ? kMuted : colour.darker(140), 1.5));
        p.setBrush(missing ? QBrush(Qt::white) : QBrush(colour.darker(140)));
        p.drawEllipse(own[int(i)], 3, 3);
    }

    const QFontMetricsF fm(font()), small(smallFont());
    if (p.device() == this) labelBoxes_.assign(n, QRectF());
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF dir = direction(i, n);
        const QRectF box = labelRect(at(i, 100) + dir * kLabelGap, dir, labels[i].size);
        if (p.device() == this) labelBoxes_[i] = box;
        const Qt::Alignment align =
            (dir.x() > 0.3 ? Qt::AlignLeft : (dir.x() < -0.3 ? Qt::AlignRight : Qt::AlignHCenter)) | Qt::AlignVCenter;
        double y = box.top();
        p.setFont(font());
        p.setPen(palette().color(QPalette::Text));
        for (const QString& line : labels[i].lines) {
            p.drawText(QRectF(box.left(), y, box.width(), fm.height()), align, line);
            y += fm.height();
        }
        if (labels[i].detail.isEmpty()) continue;
        p.setFont(smallFont());
        p.setPen(labels[i].missing ? kMissing : kMuted);
        p.drawText(QRectF(box.left(), y, box.width(), small.height()), align, labels[i].detail);
    }
}

void RadarView::drawGrid(QPainter& p, QPointF centre, double radius) const {
    // Rings at the quartiles (the median ring stronger), spokes, and ring values on the first axis.
    const std::size_t n = profile_.axes.size();
    auto at = [&](std::size_t i, double pct) { return centre + direction(i, n) * (radius * pct / 100.0); };
    p.setBrush(Qt::NoBrush);
    for (const double ring : kRings) {
        QPolygonF poly;
        for (std::size_t i = 0; i < n; ++i) poly << at(i, ring);
        p.setPen(QPen(kGrid, ring == 50 ? 1.2 : 0.8, ring == 50 ? Qt::SolidLine : Qt::DotLine));
        if (n >= 3)
            p.drawPolygon(poly);
        else
            p.drawEllipse(centre, radius * ring / 100, radius * ring / 100);
    }
    p.setPen(QPen(kGrid, 0.8));
    for (std::size_t i = 0; i < n; ++i) p.drawLine(centre, at(i, 100));
    const QFontMetricsF small(smallFont());
    p.setFont(smallFont());
    p.setPen(kMuted);
    for (const double ring : kRings)
        p.drawText(at(0, ring) + QPointF(3, small.ascent() / 2 - 1), QString::number(int(ring)));
}

QFont RadarView::smallFont() const {
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.85);
    return f;
}

QString RadarView::exportName() const { return title(); }

DataTable RadarView::exportTable() const {
    DataTable table;
    table.header << tr("Dimension") << tr("%1 (percentile)").arg(QString::fromStdString(profile_.institutionLabel))
                 << tr("Peer median (percentile)");
    for (std::size_t i = 0; i < profile_.axes.size(); ++i) {
        const auto at = [i](const std::vector<double>& v) {
            return i < v.size() ? v[i] : std::numeric_limits<double>::quiet_NaN();
        };
        table.rows << QStringList{axisLabel(i), DataTable::number(at(profile_.institutionPct)),
                                  DataTable::number(at(profile_.peerMedianPct))};
    }
    return table;
}

QSize RadarView::chartSize() const { return size(); }

void RadarView::paintChart(QPainter& painter, QSize size) const {
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), palette().color(QPalette::Base));
    paintRadar(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.restore();
}

}  // namespace eagle
