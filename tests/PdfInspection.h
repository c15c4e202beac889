#pragma once
// Reads what a test needs from a PDF file without Qt or a PDF library: pages, page sizes, whether
// text or images are in it. Qt writes page dictionaries and font names uncompressed.

#include <QByteArray>
#include <QFile>
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

}  // namespace eagle::test
