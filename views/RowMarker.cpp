#include "RowMarker.h"

#include <qcustomplot.h>

namespace eagle {

RowMarker::RowMarker(QCustomPlot* plot) : frame_(new QCPItemRect(plot)), label_(new QCPItemText(plot)) {
    frame_->setPen(QPen(QColor(0x11, 0x11, 0x11), 2));
    frame_->setBrush(Qt::NoBrush);
    label_->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label_->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label_->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label_->setBrush(QColor(255, 255, 255, 230));
    label_->setPen(QPen(QColor(0x11, 0x11, 0x11)));
    label_->setPadding(QMargins(4, 1, 4, 1));
    hide();
}

void RowMarker::show(double row, double left, double right, const QString& label) {
    frame_->topLeft->setCoords(left, row - 0.5);
    frame_->bottomRight->setCoords(right, row + 0.5);
    label_->position->setCoords(0.005, row);
    label_->setText(label);
    frame_->setVisible(true);
    label_->setVisible(true);
}

void RowMarker::hide() {
    frame_->setVisible(false);
    label_->setVisible(false);
}

bool RowMarker::visible() const { return frame_->visible(); }

QString RowMarker::label() const { return label_->text(); }

}  // namespace eagle
