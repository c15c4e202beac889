#include "BriefingReportDialog.h"

#include "BriefingReport.h"
#include "ExportAudit.h"
#include "JobRunner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>

namespace eagle {

BriefingReportDialog::BriefingReportDialog(JobRunner& jobs, std::shared_ptr<const WorkspaceSnapshot> snapshot, Date day,
                                           InstitutionId current, QWidget* parent)
    : QDialog(parent), jobs_(jobs), snapshot_(std::move(snapshot)), day_(day), search_(new QLineEdit),
      list_(new QListWidget), path_(new QLineEdit), status_(new QLabel), write_(nullptr) {
    setWindowTitle(tr("Briefing report"));
    search_->setPlaceholderText(tr("Search by code or name"));
    search_->setClearButtonEnabled(true);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QString first;
    for (const Institution& i : snapshot_->institutions) {
        auto* item = new QListWidgetItem(QString::fromStdString(i.code) + QLatin1Char(' ') +
                                         QString::fromStdString(chinese && !i.nameZh.empty() ? i.nameZh : i.name));
        item->setData(Qt::UserRole, QString::fromStdString(i.code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(i.id == current ? Qt::Checked : Qt::Unchecked);
        if (i.id == current) first = QString::fromStdString(i.code);
        list_->addItem(item);
    }
    path_->setText(QDir::home().filePath(QStringLiteral("briefing_%1.pdf").arg(first.isEmpty() ? QStringLiteral("report") : first)));
    status_->setWordWrap(true);
    status_->setText(tr("As of %1. The report is written in the language of the user interface.")
                         .arg(QString::fromStdString(day_ != Date() ? day_.toString() : snapshot_->days.back().toString())));
    auto* browseButton = new QPushButton(tr("Browse…"));
    auto* file = new QHBoxLayout;
    file->addWidget(path_, 1);
    file->addWidget(browseButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    write_ = buttons->addButton(tr("Write report"), QDialogButtonBox::AcceptRole);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Institutions"), search_);
    form->addRow(list_);
    form->addRow(tr("File"), file);
    form->addRow(status_);
    form->addRow(buttons);
    connect(search_, &QLineEdit::textChanged, this, &BriefingReportDialog::filter);
    connect(browseButton, &QPushButton::clicked, this, &BriefingReportDialog::browse);
    connect(write_, &QPushButton::clicked, this, &BriefingReportDialog::writeReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&jobs_, &JobRunner::jobFailed, this, [this](const QString&, const QString& reason) {
        if (write_->isEnabled()) return;
        status_->setText(reason);
        write_->setEnabled(true);
    });
    resize(460, 520);
}

QStringList BriefingReportDialog::checkedCodes() const {
    QStringList codes;
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->checkState() == Qt::Checked) codes << list_->item(row)->data(Qt::UserRole).toString();
    return codes;
}

void BriefingReportDialog::setCheckedCodes(const QStringList& codes) {
    for (int row = 0; row < list_->count(); ++row)
        list_->item(row)->setCheckState(codes.contains(list_->item(row)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                           : Qt::Unchecked);
}

QString BriefingReportDialog::path() const { return path_->text(); }
void BriefingReportDialog::setPath(const QString& path) { path_->setText(path); }

void BriefingReportDialog::filter(const QString& text) {
    for (int row = 0; row < list_->count(); ++row)
        list_->item(row)->setHidden(!text.isEmpty() && !list_->item(row)->text().contains(text, Qt::CaseInsensitive));
}

void BriefingReportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Write the report to"), path_->text(), tr("PDF files (*.pdf)"));
    if (!chosen.isEmpty()) path_->setText(chosen);
}

void BriefingReportDialog::writeReport() {
    const QStringList codes = checkedCodes();
    if (codes.isEmpty()) {
        status_->setText(tr("Tick at least one institution."));
        return;
    }
    std::vector<std::string> chosen;
    for (const QString& c : codes) chosen.push_back(c.toStdString());
    write_->setEnabled(false);
    status_->setText(tr("Gathering the briefing…"));
    const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    jobs_.start<std::shared_ptr<BriefingData>>(
        tr("Briefing report on %n institution(s)", nullptr, int(chosen.size())),
        [snapshot = snapshot_, chosen, day = day_](JobContext& job) {
            return std::make_shared<BriefingData>(collectBriefing(*snapshot, chosen, day, job.progress, job.stop));
        },
        [self = QPointer(this), language](std::shared_ptr<BriefingData> data) {
            if (self) self->finish(*data, language);
        });
}

// The charts are widgets: the PDF is drawn here, on the GUI thread.
void BriefingReportDialog::finish(const BriefingData& data, const QString& language) {
    QString error;
    if (!BriefingReport::write(data, path_->text(), language, &error)) {
        status_->setText(error);
        write_->setEnabled(true);
        return;
    }
    recordExport(jobs_, snapshot_->path, path_->text(), BriefingReport::auditDetail(data));
    emit written(path_->text(), BriefingReport::pageCount(data));
    accept();
}

}  // namespace eagle
