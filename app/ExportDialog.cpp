#include "ExportDialog.h"

#include "AuditLog.h"
#include "JobRunner.h"
#include "Store.h"
#include "TableColumns.h"
#include "TableExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace eagle {

ExportDialog::ExportDialog(JobRunner& jobs, QString workspace, QWidget* parent)
    : QDialog(parent), jobs_(jobs), workspace_(std::move(workspace)), table_(new QComboBox), delimiter_(new QComboBox),
      bom_(new QCheckBox(tr("Start with a UTF-8 byte order mark (for spreadsheet programs)"))), status_(new QLabel) {
    setWindowTitle(tr("Export a table to CSV"));
    {
        Store store = Store::openReadOnly(workspace_.toStdString());
        for (const auto& t : workspaceTables(store.database())) table_->addItem(QString::fromStdString(t));
    }
    table_->setCurrentText(QStringLiteral("trade"));
    delimiter_->addItem(tr("comma"), QStringLiteral(","));
    delimiter_->addItem(tr("semicolon"), QStringLiteral(";"));
    delimiter_->addItem(tr("tab"), QStringLiteral("\t"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* save = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(save, &QPushButton::clicked, this, &ExportDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Table"), table_);
    form->addRow(tr("Delimiter"), delimiter_);
    form->addRow(bom_);
    form->addRow(status_);
    form->addRow(buttons);
}

void ExportDialog::setTable(const QString& table) { table_->setCurrentText(table); }
void ExportDialog::setBom(bool bom) { bom_->setChecked(bom); }

void ExportDialog::choose() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), table_->currentText() + ".csv",
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportTo(path);
}

void ExportDialog::exportTo(const QString& path) {
    const std::string workspace = workspace_.toStdString(), table = table_->currentText().toStdString();
    ExportOptions options;
    options.bom = bom_->isChecked();
    options.delimiter = delimiter_->currentData().toString().at(0).toLatin1();
    status_->setText(tr("Exporting…"));
    jobs_.start<qint64>(
        tr("Exporting %1").arg(table_->currentText()),
        [workspace, table, options, file = path.toStdString()](JobContext& job) {
            std::int64_t rows = 0;
            {
                Store store = Store::openReadOnly(workspace);
                rows = TableExporter(store.database()).run(table, file, options, job.progress, job.stop);
            }
            try {
                AuditLog::recordIn(workspace, "export", file, table + ": " + std::to_string(rows) + " rows");
            } catch (const StoreError& e) {
                throw StoreError(file + ": exported, but not recorded in the audit log: " + e.what());
            }
            return static_cast<qint64>(rows);
        },
        [this, path](qint64 rows) {
            emit exported(path, rows);
            accept();
        });
}

}  // namespace eagle
