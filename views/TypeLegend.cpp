#include "TypeLegend.h"

#include <QPainter>
#include <QPainterPath>

namespace eagle {
namespace {
constexpr int kPad = 8;
constexpr int kSwatch = 10;
constexpr int kGap = 6;
}  // namespace

TypeLegend::TypeLegend(QWidget* parent) : QWidget(parent) {
    // The legend is information only: clicks go to the scene below it.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    setFont(f);
}

void TypeLegend::setTitle(const QString& title) {
    title_ = title;
    updateGeometry();
    adjustSize();
    update();
}

void TypeLegend::setEntries(std::vector<Entry> entries) {
    entries_ = std::move(entries);
    setVisible(!entries_.empty());
    updateGeometry();
    adjustSize();
    update();
}

void TypeLegend::setColumns(int columns) {
    columns = std::max(1, columns);
    if (columns == columns_) return;
    columns_ = columns;
    updateGeometry();
    adjustSize();
    update();
}

int TypeLegend::rows() const { return (int(entries_.size()) + columns_ - 1) / columns_; }

int TypeLegend::columnWidth(const std::vector<Entry>& entries) const {
    const QFontMetrics fm(font());
    int width = 0;
    for (const Entry& e : entries) width = std::max(width, 2 * kSwatch + kGap + fm.horizontalAdvance(e.text));
    return width;
}

QSize TypeLegend::sizeHint() const { return sizeHintFor(title_, entries_, columns_); }

QSize TypeLegend::sizeHintFor(const QString& title, const std::vector<Entry>& entries, int columns) const {
    columns = std::max(1, columns);
    const QFontMetrics fm(font());
    const int width = std::max(title.isEmpty() ? 0 : fm.horizontalAdvance(title),
                               columns * columnWidth(entries) + (columns - 1) * 2 * kGap);
    const int rows = (int(entries.size()) + columns - 1) / columns;
    const int lines = rows + (title.isEmpty() ? 0 : 1);
    return {width + 2 * kPad, lines * fm.height() + 2 * kPad};
}

void TypeLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 40));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QFontMetrics fm(font());
    int y = kPad;
    if (!title_.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(kPad, y, width() - 2 * kPad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, title_);
        p.setFont(font());
        y += fm.height();
    }
    const int top = y;
    const int colWidth = columnWidth(entries_);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const Entry& e = entries_[i];
        const int column = int(i) / rows();
        const int left = kPad + column * (colWidth + 2 * kGap);
        y = top + (int(i) % rows()) * fm.height();
        const QRectF swatch(left, y + (fm.height() - kSwatch) / 2.0, kSwatch, kSwatch);
        if (e.shape == Shape::Disc) {
            p.setPen(QPen(e.colour.darker(160), 1));
            p.setBrush(e.colour);
            p.drawEllipse(swatch);
        } else {
            const QPointF a(swatch.left() - 2, swatch.center().y()), b(swatch.right() + kSwatch, swatch.center().y());
            p.setPen(QPen(e.colour, 2));
            p.drawLine(a, b - QPointF(4, 0));
            QPainterPath head;
            head.moveTo(b);
            head.lineTo(b - QPointF(6, 3.5));
            head.lineTo(b - QPointF(6, -3.5));
            head.closeSubpath();
            p.fillPath(head, e.colour);
        }
        p.setPen(palette().color(QPalette::WindowText));
        const int textX = left + 2 * kSwatch + kGap;
        p.drawText(QRect(textX, y, colWidth - 2 * kSwatch - kGap, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   e.text);
    }
}

}  // namespace eagle
