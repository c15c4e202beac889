#pragma once
// The data a chart or table shows, as rows of text: what "Export as CSV" writes.

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QTableView;

namespace eagle {

struct DataTable {
    QStringList header;
    QList<QStringList> rows;

    // RFC 4180: comma-separated, fields with a comma, quote or line break quoted, CRLF line ends;
    // UTF-8, with a byte-order mark when asked (Excel needs it to read Chinese text).
    QByteArray toCsv(bool byteOrderMark) const;
    // The rows and columns a table view shows, in its order (sorted, filtered, hidden columns left out).
    static DataTable fromView(const QTableView& view);
    // A number as CSV text: full precision, empty where undefined.
    static QString number(double value);
};

}  // namespace eagle
