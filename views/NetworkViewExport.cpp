// NetworkView's pictures and tables: the frame read back from GL, the chart export (frame and
// overlays), the exposures as a table, and the frame in QWidget::grab() pictures.
#include <vtk_glew.h>  // before any Qt OpenGL header

#include "NetworkViewInternals.h"

#include <QPainter>

#include <algorithm>

namespace eagle {

QString NetworkView::exportName() const {
    if (!d_->data) return tr("Exposure network");
    return tr("Exposure network %1").arg(QString::fromStdString(d_->data->network.asOf.toString()));
}

// The exposures of the layers shown and at least the smallest exposure asked for: creditor,
// debtor, layer, amount; largest first.
DataTable NetworkView::exportTable() const {
    DataTable table;
    table.header << tr("Creditor") << tr("Debtor") << tr("Layer") << tr("Exposure (CNY)");
    if (!d_->data) return table;
    const MultilayerNetwork& n = d_->data->network;
    const NetworkFilter shown = filter();
    std::vector<const ExposureEdge*> edges;
    for (const ExposureEdge& e : n.edges)
        if (shown.layers[indexOf(e.layer)] && e.amount >= shown.minExposure) edges.push_back(&e);
    std::stable_sort(edges.begin(), edges.end(), [](auto* a, auto* b) { return a->amount > b->amount; });
    for (const ExposureEdge* e : edges)
        table.rows << QStringList{QString::fromStdString(n.institutions[e->creditor].code),
                                  QString::fromStdString(n.institutions[e->debtor].code),
                                  QString::fromUtf8(nameOf(e->layer).data(), qsizetype(nameOf(e->layer).size())),
                                  DataTable::number(e->amount)};
    return table;
}

QSize NetworkView::chartSize() const { return size(); }

// VTK draws pixels: the frame on screen with its legend and labels on top, scaled into the size
// asked for (aspect kept, on white).
void NetworkView::paintChart(QPainter& painter, QSize size) const {
    auto* self = const_cast<NetworkView*>(this);  // grabbing renders a frame, which is not const in Qt's eyes
    d_->scene.setSketch(false);                   // an export shows the whole picture, even mid-motion
    const QImage frame = self->grabFramebuffer();
    const double dpr = frame.isNull() ? 1.0 : double(frame.width()) / std::max(1, width());
    QImage composed(frame.isNull() ? QSize(std::max(1, width()), std::max(1, height())) : frame.size(),
                    QImage::Format_RGB32);
    composed.fill(Qt::white);
    composed.setDevicePixelRatio(dpr);
    {
        QPainter p(&composed);
        if (!frame.isNull()) p.drawImage(QRectF(0, 0, width(), height()), frame);
        for (QWidget* overlay : {static_cast<QWidget*>(d_->legend), static_cast<QWidget*>(d_->info),
                                 static_cast<QWidget*>(d_->empty)})
            if (!overlay->isHidden()) overlay->render(&p, overlay->pos(), QRegion(), QWidget::DrawChildren);
    }
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    const QSizeF fitted = QSizeF(width(), height()).scaled(QSizeF(size), Qt::KeepAspectRatio);
    const QRectF target(QPointF((size.width() - fitted.width()) / 2, (size.height() - fitted.height()) / 2), fitted);
    painter.drawImage(target, composed);
    painter.restore();
}

QImage NetworkView::grabFramebuffer() {
    // Drawn now into the back buffer and read from it, without swapping: nothing on screen changes.
    if (!d_->glReady && d_->surface->isExposed()) {
        QEvent paint(QEvent::UpdateRequest);  // a first frame, which makes the context
        QCoreApplication::sendEvent(d_->surface, &paint);
    }
    if (!d_->glReady || !d_->surface->isValid()) return {};
    d_->surface->makeCurrent();
    paintGL();
    QImage frame = d_->surface->grabFramebuffer();
    d_->surface->doneCurrent();
    return frame;
}

void NetworkView::paintEvent(QPaintEvent*) {
    if (!frameInWidgetPaint_) return;
    const QImage frame = grabFramebuffer();
    if (frame.isNull()) return;
    QPainter painter(this);
    painter.drawImage(rect(), frame);
}

}  // namespace eagle
