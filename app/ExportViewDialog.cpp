#include "ExportViewDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

QString fileStem(const QString& name) {
    QString stem = name.trimmed();
    stem.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s—]+)")), QStringLiteral("_"));
    return stem.isEmpty() ? QStringLiteral("export") : stem;
}

}  // namespace

ExportViewDialog::ExportViewDialog(std::vector<ExportTarget> targets, int current, QWidget* parent)
    : QDialog(parent), targets_(std::move(targets)), view_(new QComboBox), format_(new QComboBox),
      width_(new QSpinBox), height_(new QSpinBox), dpi_(new QSpinBox),
      bom_(new QCheckBox(tr("Start with a UTF-8 byte order mark (for spreadsheet programs)"))), path_(new QLineEdit),
      note_(new QLabel) {
    setWindowTitle(tr("Export view"));
    for (const ExportTarget& t : targets_) view_->addItem(t.title);
    format_->addItem(tr("PNG image"), int(ExportFormat::Png));
    format_->addItem(tr("SVG drawing"), int(ExportFormat::Svg));
    format_->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    format_->addItem(tr("CSV data (what the view shows)"), int(ExportFormat::Csv));
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(50, 20000);
        box->setSuffix(tr(" px"));
    }
    dpi_->setRange(36, 1200);
    dpi_->setValue(ChartExporter::kScreenDpi);
    dpi_->setSuffix(tr(" dpi"));
    bom_->setChecked(true);
    note_->setWordWrap(true);
    auto* onScreen = new QPushButton(tr("As on screen"));
    auto* size = new QHBoxLayout;
    size->addWidget(width_);
    size->addWidget(new QLabel(QStringLiteral("×")));
    size->addWidget(height_);
    size->addWidget(onScreen);
    auto* browseButton = new QPushButton(tr("Browse…"));
    auto* file = new QHBoxLayout;
    file->addWidget(path_, 1);
    file->addWidget(browseButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("exportButton"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("View"), view_);
    form->addRow(tr("Format"), format_);
    form->addRow(tr("Size"), size);
    form->addRow(tr("Resolution"), dpi_);
    form->addRow(bom_);
    form->addRow(tr("File"), file);
    form->addRow(note_);
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportViewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(view_, &QComboBox::currentIndexChanged, this, &ExportViewDialog::onTargetChanged);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportViewDialog::onFormatChanged);
    connect(onScreen, &QPushButton::clicked, this, [this] {
        const QSize s = targets_[std::size_t(currentTarget())].view->chartSize();
        width_->setValue(s.width()), height_->setValue(s.height());
    });
    connect(browseButton, &QPushButton::clicked, this, &ExportViewDialog::browse);
    for (QSpinBox* box : {width_, height_, dpi_}) connect(box, &QSpinBox::valueChanged, this, &ExportViewDialog::updateNote);
    setCurrentTarget(std::max(0, std::min(current, int(targets_.size()) - 1)));
    onTargetChanged();
}

int ExportViewDialog::currentTarget() const { return view_->currentIndex(); }
void ExportViewDialog::setCurrentTarget(int index) { view_->setCurrentIndex(index); }

ExportSettings ExportViewDialog::settings() const {
    ExportSettings s;
    s.format = ExportFormat(format_->currentData().toInt());
    s.size = QSize(width_->value(), height_->value());
    s.dpi = dpi_->value();
    s.byteOrderMark = bom_->isChecked();
    return s;
}

void ExportViewDialog::setSettings(const ExportSettings& s) {
    format_->setCurrentIndex(format_->findData(int(s.format)));
    if (s.size.isValid()) width_->setValue(s.size.width()), height_->setValue(s.size.height());
    dpi_->setValue(s.dpi);
    bom_->setChecked(s.byteOrderMark);
}

QString ExportViewDialog::path() const { return path_->text(); }
void ExportViewDialog::setPath(const QString& path) { path_->setText(path); }

// A table has no chart: only CSV is offered; the size is the chart's on screen.
void ExportViewDialog::onTargetChanged() {
    if (currentTarget() < 0) return;
    const ExportableView& view = *targets_[std::size_t(currentTarget())].view;
    auto* model = qobject_cast<QStandardItemModel*>(format_->model());
    for (int row = 0; row < format_->count(); ++row)
        if (ExportFormat(format_->itemData(row).toInt()) != ExportFormat::Csv)
            model->item(row)->setEnabled(view.hasChart());
    if (!view.hasChart()) format_->setCurrentIndex(format_->findData(int(ExportFormat::Csv)));
    const QSize s = view.chartSize();
    if (s.isValid()) width_->setValue(s.width()), height_->setValue(s.height());
    const QString folder = path_->text().isEmpty() ? QDir::homePath() : QFileInfo(path_->text()).absolutePath();
    path_->setText(QDir(folder).filePath(fileStem(view.exportName()) + QLatin1Char('.') +
                                         ChartExporter::suffixOf(settings().format)));
    onFormatChanged();
}

void ExportViewDialog::onFormatChanged() {
    const ExportFormat format = settings().format;
    const bool chart = format != ExportFormat::Csv;
    width_->setEnabled(chart);
    height_->setEnabled(chart);
    dpi_->setEnabled(chart);
    bom_->setEnabled(!chart);
    if (!path_->text().isEmpty()) {
        const QFileInfo info(path_->text());
        path_->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ChartExporter::suffixOf(format)));
    }
    updateNote();
}

void ExportViewDialog::updateNote() {
    if (currentTarget() < 0) return;
    const ExportableView& view = *targets_[std::size_t(currentTarget())].view;
    const ExportSettings s = settings();
    QString note;
    switch (s.format) {
        case ExportFormat::Png: {
            const double scale = s.dpi / double(ChartExporter::kScreenDpi);
            note = tr("%1 × %2 pixels").arg(std::lround(s.size.width() * scale)).arg(std::lround(s.size.height() * scale));
            break;
        }
        case ExportFormat::Svg:
        case ExportFormat::Pdf:
            note = tr("%1 × %2 mm").arg(s.size.width() * 25.4 / ChartExporter::kScreenDpi, 0, 'f', 0)
                       .arg(s.size.height() * 25.4 / ChartExporter::kScreenDpi, 0, 'f', 0);
            if (view.chartIsRaster()) note += QLatin1Char(' ') + tr("(the network is drawn as pixels and embedded as a picture)");
            break;
        case ExportFormat::Csv:
            note = tr("The data the view shows, one row per line, UTF-8.");
            break;
    }
    note_->setText(note);
}

void ExportViewDialog::browse() {
    const ExportFormat format = settings().format;
    const QString suffix = ChartExporter::suffixOf(format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path_->text(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty()) path_->setText(chosen);
}

bool ExportViewDialog::exportNow() {
    if (currentTarget() < 0 || path_->text().isEmpty()) return false;
    QString error;
    if (!ChartExporter::save(*targets_[std::size_t(currentTarget())].view, path_->text(), settings(), &error)) {
        note_->setText(tr("Export failed: %1").arg(error));
        return false;
    }
    emit exported(path_->text(), targets_[std::size_t(currentTarget())].title);
    return true;
}

void ExportViewDialog::accept() {
    if (exportNow()) QDialog::accept();
}

}  // namespace eagle
