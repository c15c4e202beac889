#include "ImportWizard.h"

#include "EntityKind.h"
#include "ImportPreview.h"
#include "JobRunner.h"
#include "MappingCatalog.h"
#include "Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eagle {

ImportWizard::ImportWizard(JobRunner& jobs, QString workspace, QWidget* parent)
    : QWizard(parent), jobs_(jobs), workspace_(std::move(workspace)) {
    setWindowTitle(tr("Import files"));
    addPage(filesPage());
    addPage(previewPage());
    addPage(importPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == 1) refreshPreview();
    });
    connect(&jobs_, &JobRunner::progressChanged, this, [this](const QString&, double fraction, const QString& step) {
        progress_->setValue(static_cast<int>(fraction * 100));
        progress_->setFormat(step + " %p%");
    });
    resize(900, 600);
}

QWizardPage* ImportWizard::filesPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Files and how to read them"));
    files_ = new QListWidget;
    auto* add = new QPushButton(tr("Add files…"));
    connect(add, &QPushButton::clicked, this, &ImportWizard::addFiles);
    kind_ = new QComboBox;
    for (EntityKind k : kEntityKinds) kind_->addItem(QString::fromUtf8(nameOf(k).data()), QString::fromUtf8(nameOf(k).data()));
    kind_->addItem(tr("trades (FIX/IMIX messages)"), QStringLiteral("fix"));
    kind_->setCurrentIndex(3);
    mapping_ = new QComboBox;
    mapping_->addItem(tr("(columns by name)"), QString());
    for (const auto& name : MappingCatalog(EAGLEEYE_MAPPINGS_DIR, nullptr).names())
        mapping_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    auto* saveMapping = new QPushButton(tr("Save mapping…"));
    connect(saveMapping, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    encoding_ = new QComboBox;
    encoding_->addItem(tr("detect"), QString());
    for (const char* e : {"utf-8", "gbk", "gb18030"}) encoding_->addItem(e, e);
    delimiter_ = new QComboBox;
    delimiter_->addItem(tr("detect"), QString());
    delimiter_->addItem(tr("comma"), QStringLiteral(","));
    delimiter_->addItem(tr("semicolon"), QStringLiteral(";"));
    delimiter_->addItem(tr("tab"), QStringLiteral("\t"));
    delimiter_->addItem(tr("vertical bar"), QStringLiteral("|"));
    acceptValid_ = new QCheckBox(tr("Keep the valid rows and quarantine the others (otherwise all or nothing)"));
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mapping_, 1);
    mappingRow->addWidget(saveMapping);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), kind_);
    form->addRow(tr("Mapping"), mappingRow);
    form->addRow(tr("Encoding"), encoding_);
    form->addRow(tr("Delimiter"), delimiter_);
    form->addRow(acceptValid_);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(files_);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addLayout(form);
    return page;
}

QWizardPage* ImportWizard::previewPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows of the first file, as they will be read."));
    format_ = new QLabel;
    format_->setWordWrap(true);
    preview_ = new QTableWidget;
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(format_);
    layout->addWidget(preview_);
    return page;
}

QWizardPage* ImportWizard::importPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Validate and import"));
    progress_ = new QProgressBar;
    progress_->setRange(0, 100);
    validate_ = new QPushButton(tr("Validate"));
    import_ = new QPushButton(tr("Import"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setEnabled(false);
    connect(validate_, &QPushButton::clicked, this, &ImportWizard::validateFiles);
    connect(import_, &QPushButton::clicked, this, &ImportWizard::importFiles);
    connect(cancel_, &QPushButton::clicked, &jobs_, &JobRunner::cancelAll);
    result_ = new QPlainTextEdit;
    result_->setReadOnly(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(validate_);
    buttons->addWidget(import_);
    buttons->addWidget(cancel_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(progress_);
    layout->addWidget(result_);
    return page;
}

void ImportWizard::addFiles() {
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Files to import"), {},
                                                             tr("CSV and FIX files (*.csv *.txt *.tsv *.fix *.log);;All files (*)"));
    for (const QString& f : chosen) files_->addItem(f);
}

void ImportWizard::setFiles(const QStringList& files) {
    files_->clear();
    files_->addItems(files);
}

QStringList ImportWizard::files() const {
    QStringList out;
    for (int i = 0; i < files_->count(); ++i) out << files_->item(i)->text();
    return out;
}

void ImportWizard::setKind(const QString& kind) { kind_->setCurrentIndex(kind_->findData(kind)); }
void ImportWizard::setAcceptValid(bool accept) { acceptValid_->setChecked(accept); }

ImportOptions ImportWizard::options() const {
    ImportOptions o;
    const QString kind = kind_->currentData().toString();
    if (kind == QLatin1String("fix")) o.format = ImportFormat::Fix;
    else o.kind = parseEntityKind(kind.toStdString()).value_or(EntityKind::Trades);
    if (const QString m = mapping_->currentData().toString(); !m.isEmpty()) {
        Store store = Store::openReadOnly(workspace_.toStdString());
        o.mapping = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, &store.database()).resolve(m.toStdString());
    }
    if (const QString e = encoding_->currentData().toString(); !e.isEmpty())
        o.mapping.encoding = parseEncoding(e.toStdString());
    if (const QString d = delimiter_->currentData().toString(); !d.isEmpty()) o.mapping.delimiter = d.at(0).toLatin1();
    o.acceptValid = acceptValid_->isChecked();
    return o;
}

void ImportWizard::refreshPreview() {
    preview_->clear();
    if (files_->count() == 0) {
        format_->setText(tr("No file chosen."));
        return;
    }
    ImportPreview p;
    try {
        p = ImportPreview::of(files_->item(0)->text().toStdString(), options());
    } catch (const std::exception& e) {
        p.error = e.what();
    }
    format_->setText(p.error.empty() ? tr("Read as %1.").arg(QString::fromStdString(p.format))
                                     : QString::fromStdString(p.error));
    preview_->setColumnCount(static_cast<int>(p.fields.size()));
    preview_->setRowCount(static_cast<int>(p.rows.size()));
    for (std::size_t f = 0; f < p.fields.size(); ++f) {
        const QString source = QString::fromStdString(p.sources[f]);
        preview_->setHorizontalHeaderItem(static_cast<int>(f),
                                          new QTableWidgetItem(QString::fromStdString(p.fields[f]) +
                                                               (source.isEmpty() ? QString() : "\n← " + source)));
    }
    for (std::size_t r = 0; r < p.rows.size(); ++r)
        for (std::size_t f = 0; f < p.rows[r].size(); ++f)
            preview_->setItem(static_cast<int>(r), static_cast<int>(f),
                              new QTableWidgetItem(QString::fromStdString(p.rows[r][f])));
    preview_->resizeColumnsToContents();
}

void ImportWizard::saveMapping() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty()) return;
    try {
        Mapping m = options().mapping;
        m.kind = kind_->currentData().toString().toStdString();
        m.save(path.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Save mapping"), QString::fromStdString(e.what()));
    }
}

void ImportWizard::startJob(bool dryRun) {
    ImportOptions o;
    try {
        o = options();
    } catch (const std::exception& e) {
        result_->setPlainText(QString::fromStdString(e.what()));
        return;
    }
    o.dryRun = dryRun;
    std::vector<std::string> paths;
    for (const QString& f : files()) paths.push_back(f.toStdString());
    const std::string workspace = workspace_.toStdString();
    validate_->setEnabled(false);
    import_->setEnabled(false);
    cancel_->setEnabled(true);
    result_->setPlainText(dryRun ? tr("Validating…") : tr("Importing…"));
    const auto finished = [this] {
        disconnect(cancelled_);
        disconnect(failed_);
        validate_->setEnabled(true);
        import_->setEnabled(true);
        cancel_->setEnabled(false);
        emit jobFinished();
    };
    jobs_.start<std::vector<ImportReport>>(
        dryRun ? tr("Validating files") : tr("Importing files"),
        [o, paths, workspace](JobContext& job) {
            Store store = Store::open(workspace);
            std::vector<ImportReport> reports;
            for (const auto& path : paths) {
                try {
                    reports.push_back(ImportSession(store, o).run(path, job.progress, job.stop));
                } catch (const ImportError& e) {
                    ImportReport failed;
                    failed.file = path;
                    failed.problems.push_back(e.problem());
                    failed.problemCount = 1;
                    reports.push_back(std::move(failed));
                }
            }
            return reports;
        },
        [this, dryRun, finished](std::vector<ImportReport> reports) {
            showReports(reports, dryRun);
            finished();
        });
    cancelled_ = connect(&jobs_, &JobRunner::jobCancelled, this, [this, finished] {
        result_->setPlainText(tr("Cancelled: nothing was imported."));
        finished();
    });
    failed_ = connect(&jobs_, &JobRunner::jobFailed, this, [this, finished](const QString&, const QString& reason) {
        result_->setPlainText(tr("Failed: %1").arg(reason));
        finished();
    });
}

void ImportWizard::showReports(const std::vector<ImportReport>& reports, bool dryRun) {
    QStringList lines;
    bool kept = false;
    for (const auto& r : reports) {
        if (r.rowsRead || r.alreadyImported || r.committed)
            lines << QString::fromStdString(r.summary());
        for (const auto& p : r.problems) lines << QString::fromStdString(describe(r.file, p));
        if (r.problemCount > static_cast<std::int64_t>(r.problems.size()))
            lines << tr("… and %1 more problems").arg(r.problemCount - static_cast<std::int64_t>(r.problems.size()));
        kept = kept || r.committed;
    }
    if (dryRun) lines.prepend(tr("Validation only: nothing was kept."));
    result_->setPlainText(lines.join('\n'));
    if (kept) emit imported();
}

QString ImportWizard::resultText() const { return result_->toPlainText(); }

}  // namespace eagle
