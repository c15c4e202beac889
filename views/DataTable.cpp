#include "DataTable.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <cmath>

namespace eagle {
namespace {

QString quoted(const QString& field) {
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void appendLine(QByteArray& out, const QStringList& fields) {
    QStringList q;
    q.reserve(fields.size());
    for (const QString& f : fields) q << quoted(f);
    out += q.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

}  // namespace

QByteArray DataTable::toCsv(bool byteOrderMark) const {
    QByteArray out;
    if (byteOrderMark) out += "\xEF\xBB\xBF";
    appendLine(out, header);
    for (const QStringList& row : rows) appendLine(out, row);
    return out;
}

DataTable DataTable::fromView(const QTableView& view) {
    DataTable table;
    const QAbstractItemModel* model = view.model();
    if (!model) return table;
    // Columns in the order the header shows them (the user may have dragged them).
    QList<int> columns;
    const QHeaderView* header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!view.isColumnHidden(logical)) columns << logical;
    }
    for (int c : columns) table.header << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (view.isRowHidden(r)) continue;
        QStringList row;
        for (int c : columns) row << model->index(r, c).data(Qt::DisplayRole).toString();
        table.rows << row;
    }
    return table;
}

QString DataTable::number(double value) {
    return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
}

}  // namespace eagle
