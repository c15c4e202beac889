#include "NewSimulationDialog.h"

#include "ScenarioCatalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <array>

namespace eagle {
namespace {

struct ScenarioText {
    std::string_view kind;
    const char* name;
    const char* description;
};

constexpr std::array<ScenarioText, 7> kScenarioTexts{{
    {"liquidity_squeeze", QT_TRANSLATE_NOOP("Scenarios", "Liquidity squeeze ending in failure"),
     QT_TRANSLATE_NOOP("Scenarios", "Funding moves to overnight at rising premiums, lenders withdraw, then the "
                                    "institution fails and leaves its borrowing unpaid.")},
    {"circular_trading", QT_TRANSLATE_NOOP("Scenarios", "Circular trading among related parties"),
     QT_TRANSLATE_NOOP("Scenarios", "The same bond goes round a ring of group members in similar sizes within minutes.")},
    {"bond_parking", QT_TRANSLATE_NOOP("Scenarios", "Bond parking"),
     QT_TRANSLATE_NOOP("Scenarios", "A bond is sold at an off-market price and bought back later at an agreed price.")},
    {"marking_the_close", QT_TRANSLATE_NOOP("Scenarios", "Marking the close"),
     QT_TRANSLATE_NOOP("Scenarios", "Small purchases in the last minutes of the session push a bond's closing price up.")},
    {"leverage_cycle", QT_TRANSLATE_NOOP("Scenarios", "Leverage build-up and forced deleveraging"),
     QT_TRANSLATE_NOOP("Scenarios", "A bond fund borrows ever more overnight repo to buy bonds, then must sell at a discount.")},
    {"default_cascade", QT_TRANSLATE_NOOP("Scenarios", "Default cascade"),
     QT_TRANSLATE_NOOP("Scenarios", "A default spreads round by round to lenders whose losses exceed their capital.")},
    {"counterparty_loss", QT_TRANSLATE_NOOP("Scenarios", "Sudden loss of a major counterparty"),
     QT_TRANSLATE_NOOP("Scenarios", "A large lender withdraws; those relying on it borrow elsewhere at a premium.")},
}};

const ScenarioText* textOf(std::string_view kind) {
    for (const auto& t : kScenarioTexts)
        if (t.kind == kind) return &t;
    return nullptr;
}

}  // namespace

QString NewSimulationDialog::scenarioDisplayName(std::string_view kind) {
    const auto* t = textOf(kind);
    return t ? QCoreApplication::translate("Scenarios", t->name) : QString::fromUtf8(kind.data(), qsizetype(kind.size()));
}

QString NewSimulationDialog::scenarioDescription(std::string_view kind) {
    const auto* t = textOf(kind);
    return t ? QCoreApplication::translate("Scenarios", t->description) : QString();
}

NewSimulationDialog::NewSimulationDialog(QWidget* parent)
    : QDialog(parent), institutions_(new QSpinBox(this)), days_(new QSpinBox(this)), seed_(new QSpinBox(this)),
      scenarios_(new QListWidget(this)), path_(new QLineEdit(this)) {
    setWindowTitle(tr("New workspace from simulation"));
    institutions_->setRange(10, 5000);
    institutions_->setValue(120);
    institutions_->setToolTip(tr("Banks, securities firms, funds, insurers and others, in realistic proportions"));
    days_->setRange(20, 780);
    days_->setValue(250);
    days_->setSuffix(tr(" business days"));
    seed_->setRange(0, std::numeric_limits<int>::max());
    seed_->setValue(20250102);
    seed_->setToolTip(tr("The same seed always gives the same market"));
    for (const auto& info : scenarioCatalog()) {
        auto* item = new QListWidgetItem(scenarioDisplayName(info.name), scenarios_);
        item->setData(Qt::UserRole, QString::fromUtf8(info.name.data(), qsizetype(info.name.size())));
        item->setToolTip(scenarioDescription(info.name));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    path_->setText(QDir::home().filePath("simulated-market.eagle"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &NewSimulationDialog::browse);
    auto* file = new QHBoxLayout;
    file->addWidget(path_);
    file->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Institutions:"), institutions_);
    form->addRow(tr("Period:"), days_);
    form->addRow(tr("Seed:"), seed_);
    form->addRow(tr("Planted risk scenarios:"), scenarios_);
    form->addRow(tr("Save as:"), file);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Simulate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewSimulationDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SimulatorConfig NewSimulationDialog::config() const {
    SimulatorConfig c;
    c.institutions = institutions_->value();
    c.days = days_->value();
    c.seed = static_cast<std::uint64_t>(seed_->value());
    for (int i = 0; i < scenarios_->count(); ++i)
        if (scenarios_->item(i)->checkState() == Qt::Checked)
            c.scenarios.push_back({scenarios_->item(i)->data(Qt::UserRole).toString().toStdString(), {}});
    return c;
}

QString NewSimulationDialog::path() const { return path_->text(); }

void NewSimulationDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save simulated market as"), path_->text(),
                                                        tr("EagleEye workspaces (*.eagle)"));
    if (!chosen.isEmpty()) path_->setText(chosen.endsWith(".eagle") ? chosen : chosen + ".eagle");
}

void NewSimulationDialog::validate() {
    if (path_->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the workspace."));
        return;
    }
    if (QFile::exists(path_->text()) &&
        QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(path_->text())) != QMessageBox::Yes)
        return;
    accept();
}

}  // namespace eagle
