#pragma once
// Draws a QCustomPlot chart at a given size through any painter (for ExportableView::paintChart):
// as vectors through a painter made by ChartExporter::painterFor (a QCPPainter), as a picture
// through any other. QPainter has no virtual functions, so painters are told apart by a registry.

#include <QSize>

class QCustomPlot;
class QPainter;

namespace eagle {

void paintPlot(QCustomPlot& plot, QPainter& painter, QSize size);

// Bookkeeping for ChartExporter::painterFor: which painters are QCPPainters.
void registerPlotPainter(const QPainter* painter, bool registered);

}  // namespace eagle
