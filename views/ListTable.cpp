#include "ListTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <vector>

namespace eagle {

void styleListTable(QTableView* table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
}

ColumnFitter::ColumnFitter(QTableView* table, double maxShare, double lastShare)
    : QObject(table), table_(table), maxShare_(maxShare), lastShare_(lastShare) {
    table->horizontalHeader()->setStretchLastSection(true);
    // The viewport, not the table: its width is final only once the scroll bars are settled.
    table->viewport()->installEventFilter(this);
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::refitSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::refitSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::refitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::refitSoon);
    connect(table->horizontalHeader(), &QHeaderView::sectionCountChanged, this, &ColumnFitter::refitSoon);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::refitSoon);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::refitSoon);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize) refit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::refitSoon() {
    if (pending_) return;
    pending_ = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            pending_ = false;
            refit();
        },
        Qt::QueuedConnection);
}

void ColumnFitter::refit() {
    QHeaderView* header = table_->horizontalHeader();
    const int available = table_->viewport()->width();
    if (header->count() < 2 || available <= 0) return;
    const QAbstractItemView* items = table_;  // QTableView hides the view's public sizeHintForColumn
    std::vector<int> columns, wanted;
    for (int column = 0; column + 1 < header->count(); ++column) {
        if (header->isSectionHidden(column)) continue;
        columns.push_back(column);
        wanted.push_back(std::max(header->sectionSizeHint(column), items->sizeHintForColumn(column)));
    }
    // The stretched last column keeps lastShare (and never goes below its unstretched size).
    const int budget = available - std::max(header->defaultSectionSize(), int(lastShare_ * available));
    // The widest columns give way first: one width limit for all, as high as the budget allows.
    int limit = std::max(header->minimumSectionSize(), int(maxShare_ * available));
    std::vector<int> ascending = wanted;
    std::sort(ascending.begin(), ascending.end());
    int used = 0;
    for (std::size_t k = 0; k < ascending.size(); ++k) {
        const int left = int(ascending.size() - k);
        const int each = std::min(ascending[k], limit);
        if (used + each * left > budget) {
            limit = std::max(header->minimumSectionSize(), (budget - used) / left);
            break;
        }
        used += each;
    }
    for (std::size_t k = 0; k < columns.size(); ++k) header->resizeSection(columns[k], std::min(wanted[k], limit));
}

}  // namespace eagle
