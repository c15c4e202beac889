#include "ChartExporter.h"

#include "PlotPainting.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <cmath>

namespace eagle {
namespace {

// Fonts are given in points: a device of the screen's 96 logical dots per inch draws them at the
// same size relative to the chart as the screen does.
void paintOnDevice(const ExportableView& view, QPaintDevice* device, QSize size, bool vector) {
    auto painter = ChartExporter::painterFor(device, vector);
    view.paintChart(*painter, size);
    painter->end();
}

QSize sizeOr(const ExportableView& view, QSize size) {
    return size.isValid() && !size.isEmpty() ? size : view.chartSize();
}

}  // namespace

ExportPainter ChartExporter::painterFor(QPaintDevice* device, bool vector) {
    auto* painter = new QCPPainter(device);
    registerPlotPainter(painter, true);
    painter->setMode(QCPPainter::pmVectorized, vector);
    painter->setMode(QCPPainter::pmNoCaching, true);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    return ExportPainter(painter, [](QPainter* p) {
        registerPlotPainter(p, false);
        delete static_cast<QCPPainter*>(p);
    });
}

void ChartExporter::paintChart(const ExportableView& view, QPainter& painter, const QRectF& target, QSize size) {
    if (size.isEmpty()) return;
    painter.save();
    painter.translate(target.topLeft());
    const double sx = target.width() / size.width(), sy = target.height() / size.height();
    painter.scale(sx, sy);
    painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(size)));
    view.paintChart(painter, size);
    painter.restore();
}

QImage ChartExporter::image(const ExportableView& view, QSize size, int dpi) {
    size = sizeOr(view, size);
    if (size.isEmpty()) return {};
    const double scale = std::max(dpi, 1) / double(kScreenDpi);
    QImage image(QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(std::lround(kScreenDpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(kScreenDpi / 0.0254)));
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    paintOnDevice(view, &image, size, false);
    image.setDevicePixelRatio(1.0);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    return image.convertToFormat(QImage::Format_RGB32);
}

bool ChartExporter::save(const ExportableView& view, const QString& path, const ExportSettings& settings,
                         QString* error) {
    const auto fail = [&](const QString& why) {
        if (error) *error = why;
        return false;
    };
    if (settings.format == ExportFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return fail(file.errorString());
        file.write(view.exportTable().toCsv(settings.byteOrderMark));
        if (!file.commit()) return fail(file.errorString());
        return true;
    }
    if (!view.hasChart()) return fail(tr("This view has no chart; export its data as CSV."));
    const QSize size = sizeOr(view, settings.size);
    if (size.isEmpty()) return fail(tr("The chart has no size."));
    switch (settings.format) {
        case ExportFormat::Png: {
            const QImage picture = image(view, size, settings.dpi);
            if (!picture.save(path, "PNG")) return fail(tr("Cannot write %1").arg(path));
            return true;
        }
        case ExportFormat::Svg: {
            QSvgGenerator svg;
            svg.setFileName(path);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setResolution(kScreenDpi);
            svg.setTitle(view.exportName());
            svg.setDescription(QStringLiteral("EagleEye"));
            paintOnDevice(view, &svg, size, true);
            if (!QFileInfo(path).isFile()) return fail(tr("Cannot write %1").arg(path));
            return true;
        }
        case ExportFormat::Pdf: {
            QPdfWriter pdf(path);
            pdf.setCreator(QStringLiteral("EagleEye"));
            pdf.setTitle(view.exportName());
            pdf.setResolution(kScreenDpi);
            const QSizeF points = QSizeF(size) * 72.0 / kScreenDpi;
            pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                          QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            paintOnDevice(view, &pdf, size, true);
            if (!QFileInfo(path).isFile()) return fail(tr("Cannot write %1").arg(path));
            return true;
        }
        case ExportFormat::Csv:
            break;
    }
    return false;
}

std::optional<ExportFormat> ChartExporter::formatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return ExportFormat::Png;
    if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf")) return ExportFormat::Pdf;
    if (suffix == QLatin1String("csv")) return ExportFormat::Csv;
    return std::nullopt;
}

QString ChartExporter::suffixOf(ExportFormat format) {
    switch (format) {
        case ExportFormat::Png: return QStringLiteral("png");
        case ExportFormat::Svg: return QStringLiteral("svg");
        case ExportFormat::Pdf: return QStringLiteral("pdf");
        case ExportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

}  // namespace eagle
