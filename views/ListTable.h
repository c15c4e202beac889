#pragma once
// The one look of the workstation's list tables: whole rows chosen one at a time, read-only,
// alternating colours, dense fixed-height rows without row numbers.

#include <QObject>

class QTableView;

namespace eagle {

// Fixed row heights keep 5,000 rows cheap (ResizeToContents would measure every row).
void styleListTable(QTableView* table);

// Keeps a table's columns as wide as their header and contents, none wider than maxShare of the
// view, the last one stretched over the rest and keeping at least lastShare: in a narrow dock long
// texts are elided (give them tooltips) instead of the table scrolling sideways. Where even that
// does not fit, the widest columns give way first. Refits when the view is resized and when the
// table's rows, columns, contents or headers change (call refit() after hiding a column), which
// also undoes a column the user dragged wider.
class ColumnFitter : public QObject {
public:
    ColumnFitter(QTableView* table, double maxShare, double lastShare);
    void refit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refitSoon();  // once, after a burst of changes (a table filled cell by cell)

    QTableView* table_;
    double maxShare_;
    double lastShare_;
    bool pending_ = false;
};

}  // namespace eagle
