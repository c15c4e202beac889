#pragma once
// Compares a picture a test took with a baseline picture stored in the repository, within a
// tolerance: anti-aliasing and font hinting move single pixels, a regression moves many. With
// EAGLEEYE_UPDATE_BASELINES=1 in the environment the picture becomes the new baseline instead.
// Every picture taken is also written next to the test's output with, on a mismatch, an image of
// where the two differ (red), so that a failure can be looked at.

#include <QColor>
#include <QDir>
#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace eagle::test {

// Rendering is exact from run to run on one set of packages (Qt, FreeType, fonts): what the
// tolerance absorbs is the raster engine's SIMD paths rounding differently on other processors.
// A line drawn in another colour changes about 0.1% of a chart's pixels, so the share allowed is
// well below that.
struct BaselineTolerance {
    int channel = 24;                   // a pixel differs when any channel differs by more than this
    double maxDifferingShare = 0.0005;  // ... and the picture fails when more than this share differs
};

struct BaselineResult {
    bool ok = false;
    bool updated = false;  // EAGLEEYE_UPDATE_BASELINES=1: the baseline was (re)written
    QString message;
};

inline bool updatingBaselines() { return qEnvironmentVariableIntValue("EAGLEEYE_UPDATE_BASELINES") == 1; }

// The share of pixels that differ by more than tolerance.channel in any channel; 1 when the sizes
// differ. When diff is given it becomes the actual picture, faded, with differing pixels in red.
inline double differingShare(const QImage& actual, const QImage& baseline, int channel, QImage* diff = nullptr) {
    if (actual.size() != baseline.size()) return 1.0;
    const QImage a = actual.convertToFormat(QImage::Format_RGB32), b = baseline.convertToFormat(QImage::Format_RGB32);
    if (diff) *diff = QImage(a.size(), QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        auto* pd = diff ? reinterpret_cast<QRgb*>(diff->scanLine(y)) : nullptr;
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(pa[x]) - qRed(pb[x])), std::abs(qGreen(pa[x]) - qGreen(pb[x])),
                                    std::abs(qBlue(pa[x]) - qBlue(pb[x]))});
            const bool differs = d > channel;
            differing += differs;
            if (pd) {
                const int grey = 255 - (255 - qGray(pa[x])) / 4;
                pd[x] = differs ? qRgb(255, 0, 0) : qRgb(grey, grey, grey);
            }
        }
    }
    return double(differing) / double(qint64(a.width()) * a.height());
}

// Compares `actual` with baselineDir/name.png; writes actual (and a diff on failure) to outputDir.
inline BaselineResult compareWithBaseline(const QImage& picture, const QString& name, const QString& baselineDir,
                                          const QString& outputDir, BaselineTolerance tolerance = {}) {
    BaselineResult result;
    const QImage actual = picture.convertToFormat(QImage::Format_RGB32);  // opaque: no alpha channel to store
    QDir().mkpath(outputDir);
    const QString actualPath = QDir(outputDir).filePath(name + QStringLiteral(".png"));
    actual.save(actualPath, "PNG");
    const QString baselinePath = QDir(baselineDir).filePath(name + QStringLiteral(".png"));
    if (updatingBaselines()) {
        QDir().mkpath(baselineDir);
        result.ok = result.updated = actual.save(baselinePath, "PNG");
        result.message = result.ok ? QStringLiteral("wrote baseline %1").arg(baselinePath)
                                   : QStringLiteral("cannot write %1").arg(baselinePath);
        return result;
    }
    const QImage baseline(baselinePath);
    if (baseline.isNull()) {
        result.message = QStringLiteral("no baseline %1 (EAGLEEYE_UPDATE_BASELINES=1 writes it); the picture is %2")
                             .arg(baselinePath, actualPath);
        return result;
    }
    QImage diff;
    const double share = differingShare(actual, baseline, tolerance.channel, &diff);
    result.ok = share <= tolerance.maxDifferingShare;
    if (actual.size() != baseline.size()) {
        result.message = QStringLiteral("%1: %2x%3 against the baseline's %4x%5; the picture is %6")
                             .arg(name)
                             .arg(actual.width())
                             .arg(actual.height())
                             .arg(baseline.width())
                             .arg(baseline.height())
                             .arg(actualPath);
        return result;
    }
    result.message = QStringLiteral("%1: %2% of pixels differ by more than %3 (at most %4% allowed)")
                         .arg(name)
                         .arg(share * 100, 0, 'f', 3)
                         .arg(tolerance.channel)
                         .arg(tolerance.maxDifferingShare * 100, 0, 'f', 2);
    if (!result.ok) {
        const QString diffPath = QDir(outputDir).filePath(name + QStringLiteral("-diff.png"));
        diff.save(diffPath, "PNG");
        result.message += QStringLiteral("; see %1 and %2").arg(actualPath, diffPath);
    }
    return result;
}

}  // namespace eagle::test
