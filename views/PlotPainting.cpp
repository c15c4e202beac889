#include "PlotPainting.h"

#include <qcustomplot.h>

#include <algorithm>
#include <mutex>
#include <unordered_set>

namespace eagle {
namespace {

std::mutex& registryMutex() {
    static std::mutex m;
    return m;
}

std::unordered_set<const QPainter*>& registry() {
    static std::unordered_set<const QPainter*> painters;
    return painters;
}

bool isPlotPainter(const QPainter* painter) {
    const std::lock_guard lock(registryMutex());
    return registry().count(painter) > 0;
}

}  // namespace

void registerPlotPainter(const QPainter* painter, bool registered) {
    const std::lock_guard lock(registryMutex());
    if (registered)
        registry().insert(painter);
    else
        registry().erase(painter);
}

void paintPlot(QCustomPlot& plot, QPainter& painter, QSize size) {
    if (isPlotPainter(&painter)) {
        plot.toPainter(static_cast<QCPPainter*>(&painter), size.width(), size.height());
    } else {
        const double scale = std::max(1.0, painter.device()->devicePixelRatioF() * painter.transform().m11());
        const QPixmap picture = plot.toPixmap(size.width(), size.height(), scale);
        painter.drawPixmap(QRectF(QPointF(0, 0), QSizeF(size)), picture, QRectF(picture.rect()));
    }
    // Drawing at another size laid the plot out for it; lay it out for the screen again, so that
    // clicks map to the right points.
    plot.replot();
}

}  // namespace eagle
