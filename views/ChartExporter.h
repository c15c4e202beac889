#pragma once
// The one export service every view uses: a view's chart to PNG, SVG or PDF at a chosen size and
// resolution, drawn as on screen, or the data it shows to CSV.

#include "ExportableView.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QPaintDevice;
class QPainter;

namespace eagle {

enum class ExportFormat { Png, Svg, Pdf, Csv };

// A painter from ChartExporter::painterFor (QPainter's destructor is not virtual: the deleter
// knows the painter's real type).
using ExportPainter = std::unique_ptr<QPainter, void (*)(QPainter*)>;

struct ExportSettings {
    ExportFormat format = ExportFormat::Png;
    // The chart's size in logical pixels (1/96 inch), as it would be on screen; empty: as on screen.
    QSize size;
    // Resolution: a PNG has size x dpi / 96 pixels and says so in its header; SVG and PDF are
    // vector drawings whose page is size / 96 inches.
    int dpi = 96;
    bool byteOrderMark = true;  // CSV: UTF-8 with a byte-order mark, so that Excel reads Chinese
};

class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(eagle::ChartExporter)

public:
    // Writes the view's chart (PNG, SVG, PDF) or data (CSV) to path. On failure returns false and
    // says why in error.
    static bool save(const ExportableView& view, const QString& path, const ExportSettings& settings,
                     QString* error = nullptr);
    // The chart drawn at size (logical pixels) and dpi, on white.
    static QImage image(const ExportableView& view, QSize size, int dpi = 96);

    // A painter on device through which both QPainter drawings and QCustomPlot charts draw
    // (a QCPPainter); vector: the device is a PDF or SVG, so nothing is cached as pixels.
    static ExportPainter painterFor(QPaintDevice* device, bool vector);
    // Draws the view's chart, laid out at size logical pixels, into target of painter (scaled to fit).
    static void paintChart(const ExportableView& view, QPainter& painter, const QRectF& target, QSize size);

    static std::optional<ExportFormat> formatOf(const QString& path);  // by suffix
    static QString suffixOf(ExportFormat format);                       // "png", "svg", "pdf", "csv"
    static constexpr int kScreenDpi = 96;
};

}  // namespace eagle
