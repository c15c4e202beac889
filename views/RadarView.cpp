#include "RadarView.h"

#include "InstitutionTypeNames.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace eagle {
namespace {

constexpr double kRings[] = {25, 50, 75, 100};
const QColor kGrid(0xC8, 0xCD, 0xD3);
const QColor kMuted(0x6C, 0x75, 0x7D);
const QColor kPeer(0x34, 0x3A, 0x40);
const QColor kMissing(0xB0, 0x3A, 0x2E);

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

RadarView::RadarView(QWidget* parent) : QWidget(parent) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
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
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);
    area.setTop(drawTitle(p, area) + 4);
    if (!profile_.institution.valid() || profile_.axes.empty()) {
        p.setFont(font());
        p.setPen(kMuted);
        p.drawText(area, Qt::TextWordWrap | Qt::AlignCenter, tr("Select an institution to compare it with its peers"));
        return;
    }
    area.setBottom(drawLegend(p, area) - 6);
    drawChart(p, area);
}

double RadarView::drawTitle(QPainter& p, const QRectF& area) const {
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    const QFontMetricsF fm(titleFont);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::Text));
    const QRectF box(area.left(), area.top(), area.width(), fm.height());
    p.drawText(box, Qt::AlignCenter, fm.elidedText(title(), Qt::ElideRight, area.width()));
    return box.bottom();
}

double RadarView::drawLegend(QPainter& p, const QRectF& area) const {
    // The institution (filled) and the peer median (dashed), on one line when they fit, else two.
    const QFontMetricsF fm(font());
    constexpr double kSwatch = 14, kGap = 6, kSpacing = 16;
    const double maxText = area.width() - kSwatch - kGap;
    const QString own = fm.elidedText(QString::fromStdString(profile_.institutionLabel), Qt::ElideRight, maxText);
    const QString peer =
        fm.elidedText(tr("Peer median: %1").arg(peerGroupDisplayName(profile_.peerGroup)), Qt::ElideRight, maxText);
    const double ownWidth = kSwatch + kGap + fm.horizontalAdvance(own);
    const double peerWidth = kSwatch + kGap + fm.horizontalAdvance(peer);
    const bool oneLine = ownWidth + kSpacing + peerWidth <= area.width();
    const double lines = oneLine ? 1 : 2;
    const double top = area.bottom() - lines * fm.height();
    const QColor colour = institutionColour();

    auto entry = [&](double x, double y, const QString& text, bool filled) {
        const double mid = y + fm.height() / 2;
        if (filled) {
            QColor fill = colour;
            fill.setAlpha(90);
            p.setPen(QPen(colour.darker(140), 1.5));
            p.setBrush(fill);
            p.drawRect(QRectF(x, mid - 5, kSwatch, 10));
        } else {
            p.setPen(QPen(kPeer, 1.6, Qt::DashLine));
            p.drawLine(QPointF(x, mid), QPointF(x + kSwatch, mid));
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + kSwatch + kGap, y + fm.ascent()), text);
    };
    p.setFont(font());
    if (oneLine) {
        const double x = area.center().x() - (ownWidth + kSpacing + peerWidth) / 2;
        entry(x, top, own, true);
        entry(x + ownWidth + kSpacing, top, peer, false);
    } else {
        entry(area.center().x() - ownWidth / 2, top, own, true);
        entry(area.center().x() - peerWidth / 2, top + fm.height(), peer, false);
    }
    return top;
}

void RadarView::drawChart(QPainter& p, const QRectF& chart) const {
    const std::size_t n = profile_.axes.size();
    const QFontMetricsF fm(font());
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(smallFont);
    // Small charts keep the polygon large and drop the per-axis percentiles, except "n/a".
    const bool compact = std::min(chart.width(), chart.height()) < 340;
    const double labelHeight = fm.height() + smallMetrics.height();
    double labelWidth = 0;
    for (std::size_t i = 0; i < n; ++i) labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisLabel(i)));
    labelWidth = std::min(labelWidth, chart.width() * (compact ? 0.2 : 0.26));
    const double radius =
        std::max(20.0, std::min(chart.width() / 2 - labelWidth - 10, chart.height() / 2 - labelHeight - 4));
    const QPointF centre = chart.center();
    auto at = [&](std::size_t i, double pct) { return centre + direction(i, n) * (radius * pct / 100.0); };

    // Rings at the quartiles (the median ring stronger), spokes, and ring values on the first axis.
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
    p.setFont(smallFont);
    p.setPen(kMuted);
    for (const double ring : kRings)
        p.drawText(at(0, ring) + QPointF(3, smallMetrics.ascent() / 2 - 1), QString::number(int(ring)));

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
    for (std::size_t i = 0; i < n; ++i) {
        const bool missing = isMissing(profile_.institutionPct, i);
        p.setPen(QPen(missing ? kMuted : colour.darker(140), 1.5));
        p.setBrush(missing ? QBrush(Qt::white) : QBrush(colour.darker(140)));
        p.drawEllipse(own[int(i)], 3, 3);
    }
    for (std::size_t i = 0; i < n; ++i) drawAxisLabel(p, i, at(i, 100) + direction(i, n) * 8, labelWidth, compact);
}

void RadarView::drawAxisLabel(QPainter& p, std::size_t i, QPointF anchor, double maxWidth, bool compact) const {
    // Aligned away from the centre; a second line gives the institution's percentile and the
    // peer median's, or "n/a" where the institution has no value.
    const QPointF dir = direction(i, profile_.axes.size());
    const QFontMetricsF fm(font());
    QFont smallFont = font();
    smallFont.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(smallFont);
    const QString name = fm.elidedText(axisLabel(i), Qt::ElideRight, maxWidth + 1);
    const bool missing = isMissing(profile_.institutionPct, i);
    auto pct = [](const std::vector<double>& v, std::size_t k) {
        return isMissing(v, k) ? tr("n/a") : tr("P%1").arg(std::lround(v[k]));
    };
    QString detail;
    if (!compact)
        detail = tr("%1 · peers %2").arg(pct(profile_.institutionPct, i), pct(profile_.peerMedianPct, i));
    else if (missing)
        detail = tr("n/a");
    const double w = std::max(fm.horizontalAdvance(name), smallMetrics.horizontalAdvance(detail));
    const double h = fm.height() + (detail.isEmpty() ? 0 : smallMetrics.height());
    double left = anchor.x() - w / 2;
    if (dir.x() > 0.3) left = anchor.x();
    if (dir.x() < -0.3) left = anchor.x() - w;
    double top = anchor.y() - h / 2;
    if (dir.y() < -0.3) top = anchor.y() - h;
    if (dir.y() > 0.3) top = anchor.y();
    const Qt::Alignment align = dir.x() > 0.3 ? Qt::AlignLeft : (dir.x() < -0.3 ? Qt::AlignRight : Qt::AlignHCenter);
    p.setFont(font());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(left, top, w, fm.height()), align | Qt::AlignVCenter, name);
    if (detail.isEmpty()) return;
    p.setFont(smallFont);
    p.setPen(missing ? kMissing : kMuted);
    p.drawText(QRectF(left, top + fm.height(), w, smallMetrics.height()), align | Qt::AlignVCenter, detail);
}

}  // namespace eagle
