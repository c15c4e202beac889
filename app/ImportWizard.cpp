#include "ImportWizard.h"

#include "EntityKind.h"
#include "ImportLog.h"
#include "ImportPreview.h"
#include "JobRunner.h"
#include "MappedRow.h"
#include "MappingCatalog.h"
#include "Store.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace eagle {
namespace {
// Item data of a column chooser entry that keeps the field's constant or template as it is.
const QString kKeepSource = QStringLiteral("\x01keep");
}  // namespace

ImportWizard::ImportWizard(JobRunner& jobs, QString workspace, QWidget* parent)
    : QWizard(parent), jobs_(jobs), workspace_(std::move(workspace)) {
    setWindowTitle(tr("Import files"));
    addPage(filesPage());
    addPage(previewPage());
    addPage(importPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == 1) refreshPreview();
    });
    // Queued: the edit may come from a column chooser that the refresh replaces.
    connect(&document_, &MappingDocument::changed, this, &ImportWizard::showMappingChoices, Qt::QueuedConnection);
    connect(&document_, &MappingDocument::changed, this, &ImportWizard::refreshPreview, Qt::QueuedConnection);
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
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        if (currentId() == 1) refreshPreview();
    });
    mapping_ = new QComboBox;
    loadMappingList();
    connect(mapping_, &QComboBox::activated, this, [this] { chooseMapping(mapping_->currentData().toString()); });
    auto* saveMapping = new QPushButton(tr("Save mapping…"));
    saveMapping->setToolTip(tr("Save the mapping in the workspace under a name, to choose it again later"));
    connect(saveMapping, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    auto* saveToFile = new QPushButton(tr("Save to file…"));
    connect(saveToFile, &QPushButton::clicked, this, &ImportWizard::saveMappingToFile);
    encoding_ = new QComboBox;
    encoding_->addItem(tr("detect"), QString());
    for (const char* e : {"utf-8", "gbk", "gb18030"}) encoding_->addItem(e, e);
    connect(encoding_, &QComboBox::activated, this, [this] {
        const QString e = encoding_->currentData().toString();
        document_.setEncoding(e.isEmpty() ? std::nullopt : parseEncoding(e.toStdString()));
    });
    delimiter_ = new QComboBox;
    delimiter_->addItem(tr("detect"), QString());
    delimiter_->addItem(tr("comma"), QStringLiteral(","));
    delimiter_->addItem(tr("semicolon"), QStringLiteral(";"));
    delimiter_->addItem(tr("tab"), QStringLiteral("\t"));
    delimiter_->addItem(tr("vertical bar"), QStringLiteral("|"));
    connect(delimiter_, &QComboBox::activated, this, [this] {
        const QString d = delimiter_->currentData().toString();
        document_.setDelimiter(d.isEmpty() ? std::nullopt : std::optional<char>(d.at(0).toLatin1()));
    });
    acceptValid_ = new QCheckBox(tr("Keep the valid rows and quarantine the others (otherwise all or nothing)"));
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mapping_, 1);
    mappingRow->addWidget(saveMapping);
    mappingRow->addWidget(saveToFile);
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
    page->setSubTitle(tr("The first rows of the first file, as they will be read. Choose in the first row which "
                         "column of the file feeds each field."));
    format_ = new QLabel;
    format_->setWordWrap(true);
    preview_ = new QTableWidget;
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QAction* undo = document_.undoStack().createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = document_.undoStack().createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton;
    undoButton->setDefaultAction(undo);
    auto* redoButton = new QToolButton;
    redoButton->setDefaultAction(redo);
    auto* save = new QPushButton(tr("Save mapping…"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    auto* top = new QHBoxLayout;
    top->addWidget(format_, 1);
    top->addWidget(undoButton);
    top->addWidget(redoButton);
    top->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
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
    cancel_->setObjectName(QStringLiteral("cancelJob"));  // not the wizard's own Cancel, which closes it
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
    o.mapping = document_.mapping();
    o.acceptValid = acceptValid_->isChecked();
    return o;
}

void ImportWizard::refreshPreview() {
    preview_->clear();
    preview_->setRowCount(0);
    preview_->setColumnCount(0);
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
    preview_->setRowCount(static_cast<int>(p.rows.size()) + kFirstPreviewRow);
    QStringList rowLabels{tr("Column")};
    for (std::size_t r = 0; r < p.rows.size(); ++r) rowLabels << QString::number(r + 1);
    preview_->setVerticalHeaderLabels(rowLabels);
    for (std::size_t f = 0; f < p.fields.size(); ++f) {
        const QString source = QString::fromStdString(p.sources[f]);
        preview_->setHorizontalHeaderItem(static_cast<int>(f),
                                          new QTableWidgetItem(QString::fromStdString(p.fields[f]) +
                                                               (source.isEmpty() ? QString() : "\n← " + source)));
        fillColumnChooser(static_cast<int>(f), p.fields[f], p.header, p.sources[f]);
    }
    for (std::size_t r = 0; r < p.rows.size(); ++r)
        for (std::size_t f = 0; f < p.rows[r].size(); ++f)
            preview_->setItem(static_cast<int>(r) + kFirstPreviewRow, static_cast<int>(f),
                              new QTableWidgetItem(QString::fromStdString(p.rows[r][f])));
    preview_->resizeColumnsToContents();
}

// The first preview row: which column of the file feeds this field. "automatic" lets the field
// find its column by name and headers (and says which it found).
void ImportWizard::fillColumnChooser(int column, const std::string& field, const std::vector<std::string>& header,
                                     const std::string& automaticSource) {
    auto* chooser = new QComboBox;
    const auto mapped = document_.mapping().fields.find(field);
    const bool explicitColumn = mapped != document_.mapping().fields.end() && !mapped->second.column.empty();
    const bool otherSource = mapped != document_.mapping().fields.end() && !explicitColumn;
    chooser->addItem(explicitColumn || otherSource || automaticSource.empty()
                         ? tr("automatic")
                         : tr("automatic: %1").arg(QString::fromStdString(automaticSource)),
                     QString());
    if (otherSource) chooser->addItem(QString::fromStdString(automaticSource), kKeepSource);
    for (const auto& h : header) chooser->addItem(QString::fromStdString(h), QString::fromStdString(h));
    int current = otherSource ? 1 : 0;
    if (explicitColumn)
        if (const int c = findColumn(header, mapped->second.column); c >= 0) current = c + 1;
    chooser->setCurrentIndex(current);
    connect(chooser, &QComboBox::currentIndexChanged, this, [this, chooser, field] {
        const QString source = chooser->currentData().toString();
        if (source != kKeepSource) document_.setFieldColumn(field, source.toStdString());
    });
    preview_->setCellWidget(0, column, chooser);
}

void ImportWizard::showMappingChoices() {
    const Mapping& m = document_.mapping();
    const QSignalBlocker blockEncoding(encoding_), blockDelimiter(delimiter_), blockMapping(mapping_);
    encoding_->setCurrentIndex(m.encoding ? std::max(0, encoding_->findData(QString::fromUtf8(nameOf(*m.encoding).data())))
                                          : 0);
    delimiter_->setCurrentIndex(m.delimiter ? std::max(0, delimiter_->findData(QString(QChar(*m.delimiter)))) : 0);
    mapping_->setCurrentIndex(std::max(0, mapping_->findData(QString::fromStdString(m.name))));
}

void ImportWizard::loadMappingList() {
    const QString current = mapping_->currentData().toString();
    mapping_->clear();
    mapping_->addItem(tr("(columns by name)"), QString());
    std::vector<std::string> names;
    try {
        Store store = Store::openReadOnly(workspace_.toStdString());
        names = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, &store.database()).names();
    } catch (const std::exception&) {
        names = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, nullptr).names();  // no workspace: shipped ones only
    }
    for (const auto& name : names) mapping_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    mapping_->setCurrentIndex(std::max(0, mapping_->findData(current)));
}

QStringList ImportWizard::mappingNames() const {
    QStringList out;
    for (int i = 1; i < mapping_->count(); ++i) out << mapping_->itemData(i).toString();
    return out;
}

bool ImportWizard::chooseMapping(const QString& name) {
    Mapping chosen;
    if (!name.isEmpty()) {
        try {
            Store store = Store::openReadOnly(workspace_.toStdString());
            chosen = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, &store.database()).resolve(name.toStdString());
        } catch (const std::exception& e) {
            format_->setText(QString::fromStdString(e.what()));
            showMappingChoices();
            return false;
        }
    }
    // What the user chose for the file itself stays unless the mapping says otherwise.
    if (!chosen.encoding) chosen.encoding = document_.mapping().encoding;
    if (!chosen.delimiter) chosen.delimiter = document_.mapping().delimiter;
    document_.replace(std::move(chosen), name.isEmpty() ? tr("Find the columns by name") : tr("Use mapping %1").arg(name));
    return true;
}

std::optional<QString> ImportWizard::saveMappingAs(const QString& name) {
    const std::string trimmed = name.trimmed().toStdString();
    if (trimmed.empty()) return tr("A saved mapping needs a name.");
    try {
        if (MappingCatalog(EAGLEEYE_MAPPINGS_DIR, nullptr).ships(trimmed))
            return tr("'%1' is the name of a mapping shipped with EagleEye; choose another.").arg(name.trimmed());
        Mapping m = document_.mapping();
        m.name = trimmed;
        m.kind = kind_->currentData().toString().toStdString();
        Store store = Store::open(workspace_.toStdString());
        ImportLog(store.database()).saveMapping({m.name, m.kind, m.toJson(), {}});
        document_.rename(m.name);
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    loadMappingList();
    showMappingChoices();
    return std::nullopt;
}

void ImportWizard::saveMapping() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"),
                                               tr("Name (the mapping list and eagleeye-cli import --mapping find it "
                                                  "by this name):"),
                                               QLineEdit::Normal, QString::fromStdString(document_.mapping().name), &ok);
    if (!ok) return;
    if (const auto error = saveMappingAs(name)) QMessageBox::warning(this, tr("Save mapping"), *error);
}

void ImportWizard::saveMappingToFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty()) return;
    try {
        Mapping m = document_.mapping();
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
