#include "ImportHistoryDialog.h"

#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eagle {
namespace {
QTableWidget* table(const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void set(QTableWidget* t, int row, int column, const QString& text) { t->setItem(row, column, new QTableWidgetItem(text)); }
}  // namespace

ImportHistoryDialog::ImportHistoryDialog(const QString& workspace, QWidget* parent)
    : QDialog(parent), workspace_(workspace),
      imports_(table({tr("Import"), tr("Finished"), tr("Kind"), tr("File"), tr("Format"), tr("Mode"), tr("Read"),
                      tr("Imported"), tr("Rejected"), tr("SHA-256")})),
      quarantine_(table({tr("Line"), tr("Column"), tr("Reason"), tr("Record")})) {
    setWindowTitle(tr("Import history"));
    {
        Store store = Store::openReadOnly(workspace_.toStdString());
        history_ = ImportLog(store.database()).history();
    }
    imports_->setRowCount(static_cast<int>(history_.size()));
    for (int r = 0; r < static_cast<int>(history_.size()); ++r) {
        const ImportRecord& h = history_[static_cast<std::size_t>(r)];
        const QStringList values{QString::number(h.id), QString::fromStdString(h.finished), QString::fromStdString(h.kind),
                                 QString::fromStdString(h.file), QString::fromStdString(h.format),
                                 h.mode == "accept_valid" ? tr("accept valid") : tr("all or nothing"),
                                 QString::number(h.rowsRead), QString::number(h.rowsImported),
                                 QString::number(h.rowsRejected), QString::fromStdString(h.contentHash).left(16)};
        for (int c = 0; c < values.size(); ++c) set(imports_, r, c, values[c]);
    }
    imports_->resizeColumnsToContents();
    connect(imports_, &QTableWidget::currentCellChanged, this, [this](int row) { showQuarantine(row); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(imports_, 2);
    layout->addWidget(new QLabel(tr("Quarantined rows of the selected import (File → Export… the table "
                                    "'quarantine' to fix and re-import them):")));
    layout->addWidget(quarantine_, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

int ImportHistoryDialog::imports() const { return imports_->rowCount(); }

void ImportHistoryDialog::showQuarantine(int row) {
    quarantine_->setRowCount(0);
    if (row < 0 || row >= static_cast<int>(history_.size())) return;
    Store store = Store::openReadOnly(workspace_.toStdString());
    const auto rows = ImportLog(store.database()).quarantined(history_[static_cast<std::size_t>(row)].id);
    quarantine_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& q = rows[static_cast<std::size_t>(r)];
        set(quarantine_, r, 0, QString::number(q.problem.line));
        set(quarantine_, r, 1, QString::fromStdString(q.problem.column));
        set(quarantine_, r, 2, QString::fromStdString(q.problem.reason));
        set(quarantine_, r, 3, QString::fromStdString(q.record));
    }
    quarantine_->resizeColumnsToContents();
}

}  // namespace eagle
