#pragma once
// What the export service (ChartExporter) needs from a view: a name, its chart drawn at any size
// on any painter, and the data it shows as a table. Charts and tables implement it; tables only
// export their data.

#include "DataTable.h"

#include <QSize>
#include <QString>

class QPainter;

namespace eagle {

class ExportableView {
public:
    virtual ~ExportableView() = default;

    // A short name for file names and document titles, e.g. "Time series CCB008".
    virtual QString exportName() const = 0;
    // The data the view shows now, as a table.
    virtual DataTable exportTable() const = 0;

    // Whether the view has a chart to export as PNG, SVG or PDF (tables do not).
    virtual bool hasChart() const { return false; }
    // The chart's size on screen, in logical pixels.
    virtual QSize chartSize() const { return {}; }
    // Draws the chart as on screen into (0, 0, size) of the painter's logical coordinates. The
    // painter may be a QCPPainter (ChartExporter makes one), which QCustomPlot draws through.
    virtual void paintChart(QPainter& /*painter*/, QSize /*size*/) const {}
    // True when the chart is a picture of pixels (the VTK network): SVG and PDF embed it as an image.
    virtual bool chartIsRaster() const { return false; }
};

}  // namespace eagle
