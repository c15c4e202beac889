#pragma once
// Reads what a test needs from a PDF file without Qt or a PDF library: pages, page sizes, whether
// text or images are in it. Qt writes page dictionaries and font names uncompressed. The text and
// the page count as an independent reader sees them come from poppler's pdftotext and pdfinfo
// (poppler-utils, scripts/packages.txt).

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace eagle::test {

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Page objects ("/Type /Page", not the "/Type /Pages" tree).
inline int pdfPageCount(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![a-zA-Z]))"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next()) ++n;
    return n;
}

// The first page's /MediaBox width and height in points.
inline QSizeF pdfFirstMediaBox(const QByteArray& pdf) {
    static const QRegularExpression box(QStringLiteral(R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])"));
    const auto m = box.match(QString::fromLatin1(pdf));
    if (!m.hasMatch()) return {};
    return {m.captured(3).toDouble() - m.captured(1).toDouble(), m.captured(4).toDouble() - m.captured(2).toDouble()};
}

// The names of the fonts embedded (BaseFont entries, subset prefixes removed).
inline QStringList pdfFontNames(const QByteArray& pdf) {
    static const QRegularExpression font(QStringLiteral(R"(/BaseFont\s*/(?:[A-Z]{6}\+)?([^\s/\]>]+))"));
    QStringList names;
    for (auto it = font.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) names << it.next().captured(1);
    names.removeDuplicates();
    return names;
}

// The text of a PDF (page 0: every page) as pdftotext extracts it with its layout; empty when it
// cannot be read. NFKC undoes the ligatures (ﬁ) the fonts draw.
inline QString pdfText(const QString& path, int page = 0) {
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0) arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    if (!p.waitForFinished(60000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

// The number of pages pdfinfo reads; -1 when it cannot read the file.
inline int pdfInfoPages(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) return -1;
    static const QRegularExpression pages(QStringLiteral(R"(^Pages:\s+(\d+)\s*$)"), QRegularExpression::MultilineOption);
    const auto m = pages.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

}  // namespace eagle::test
