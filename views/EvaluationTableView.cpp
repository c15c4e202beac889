#include "EvaluationTableView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace eagle {
namespace {

QTableWidgetItem* numberItem(double value, int digits) {
    auto* item = new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'f', digits) : QStringLiteral("–"));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

EvaluationTableView::EvaluationTableView(QWidget* parent)
    : QWidget(parent), caption_(new QLabel(this)), table_(new QTableWidget(this)) {
    caption_->setWordWrap(true);
    table_->setColumnCount(ColumnCount);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(caption_);
    layout->addWidget(table_, 1);
    setData({});
}

void EvaluationTableView::setData(const WarningRunData& data) {
    table_->setHorizontalHeaderLabels({tr("Model"), tr("ROC AUC"), tr("PR AUC"), tr("Precision@%1").arg(data.topK),
                                       tr("Median lead (days)"), tr("Events warned"), tr("Detail")});
    table_->setRowCount(0);
    if (!data.valid) {
        caption_->setText(tr("No early-warning model trained yet."));
        return;
    }
    caption_->setText(data.description);
    table_->setRowCount(int(data.rows.size()));
    for (int r = 0; r < int(data.rows.size()); ++r) {
        const EvaluationRow& row = data.rows[std::size_t(r)];
        auto* model = new QTableWidgetItem(row.model);
        if (r == 0) {
            QFont bold = model->font();
            bold.setBold(true);
            model->setFont(bold);
        }
        table_->setItem(r, Model, model);
        table_->setItem(r, RocAuc, numberItem(row.rocAuc, 3));
        table_->setItem(r, PrAuc, numberItem(row.prAuc, 3));
        table_->setItem(r, PrecisionAtK, numberItem(row.precisionAtK, 2));
        table_->setItem(r, MedianLead, numberItem(row.medianLead, 0));
        auto* warned = new QTableWidgetItem(tr("%1 of %2").arg(row.warned).arg(row.events));
        warned->setData(Qt::UserRole, double(row.warned));
        table_->setItem(r, Warned, warned);
        table_->setItem(r, Detail, new QTableWidgetItem(row.detail));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
}

int EvaluationTableView::rowCount() const { return table_->rowCount(); }

QString EvaluationTableView::cellText(int row, int column) const {
    const QTableWidgetItem* item = table_->item(row, column);
    return item ? item->text() : QString();
}

double EvaluationTableView::cellValue(int row, int column) const {
    const QTableWidgetItem* item = table_->item(row, column);
    return item && item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toDouble() : NAN;
}

QString EvaluationTableView::caption() const { return caption_->text(); }

QString EvaluationTableView::exportName() const { return tr("Model evaluation"); }

DataTable EvaluationTableView::exportTable() const { return DataTable::fromView(*table_); }

}  // namespace eagle
