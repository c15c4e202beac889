#include "LearningOptionsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>
#include <limits>

namespace eagle {
namespace {

QDate toQDate(Date d) { return QDate(d.year(), int(d.month()), int(d.day())); }

Date fromQDate(QDate d) { return Date::fromYmd(d.year(), unsigned(d.month()), unsigned(d.day())); }

QSpinBox* spin(QWidget* parent, int low, int high, int value, const QString& suffix = {}) {
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

}  // namespace

LearningOptionsDialog::LearningOptionsDialog(const LearningOptions& defaults, const std::vector<Date>& days,
                                             QWidget* parent)
    : QDialog(parent), defaults_(defaults) {
    setWindowTitle(tr("Cluster and train"));
    const QDate first = days.empty() ? QDate::currentDate() : toQDate(days.front());
    const QDate last = days.empty() ? QDate::currentDate() : toQDate(days.back());
    from_ = new QDateEdit(defaults.from ? toQDate(*defaults.from) : first, this);
    to_ = new QDateEdit(defaults.to ? toQDate(*defaults.to) : last, this);
    for (QDateEdit* edit : {from_, to_}) {
        edit->setDateRange(first, last);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    from_->setObjectName(QStringLiteral("from"));
    to_->setObjectName(QStringLiteral("to"));
    minClusters_ = spin(this, 2, 20, defaults.clustering.minClusters);
    maxClusters_ = spin(this, 2, 20, defaults.clustering.maxClusters);
    moveWindow_ = spin(this, 5, 250, defaults.moveWindow, tr(" days"));
    seed_ = spin(this, 0, std::numeric_limits<int>::max(), int(defaults.clustering.seed % 2147483647u));
    seed_->setToolTip(tr("The same seed and data give the same clusters and the same model"));
    minClusters_->setObjectName(QStringLiteral("minClusters"));
    maxClusters_->setObjectName(QStringLiteral("maxClusters"));
    seed_->setObjectName(QStringLiteral("seed"));

    auto* clustering = new QGroupBox(tr("Strategy clusters"), this);
    auto* c = new QFormLayout(clustering);
    c->addRow(tr("Mean profile from"), from_);
    c->addRow(tr("to"), to_);
    c->addRow(tr("Fewest clusters"), minClusters_);
    c->addRow(tr("Most clusters"), maxClusters_);
    c->addRow(tr("Flag moves between clusters over"), moveWindow_);
    c->addRow(tr("Seed"), seed_);

    train_ = new QCheckBox(tr("Train the early-warning model (GRU) too"), this);
    train_->setChecked(defaults.train);
    train_->setObjectName(QStringLiteral("train"));
    window_ = spin(this, 10, 250, defaults.task.window, tr(" days"));
    horizon_ = spin(this, 1, 120, defaults.task.horizon, tr(" days"));
    events_ = new QComboBox(this);
    events_->addItem(tr("Distress: failure, default, forced deleveraging, counterparty loss"));
    events_->addItem(tr("Every recorded risk event"));
    events_->setCurrentIndex(defaults.task.eventKinds.empty() ? 1 : 0);
    epochs_ = spin(this, 1, 200, defaults.hyper.epochs);
    hidden_ = spin(this, 4, 256, defaults.hyper.hidden);
    layers_ = spin(this, 2, 4, defaults.hyper.layers);
    window_->setObjectName(QStringLiteral("window"));
    horizon_->setObjectName(QStringLiteral("horizon"));
    events_->setObjectName(QStringLiteral("events"));
    epochs_->setObjectName(QStringLiteral("epochs"));
    window_->setToolTip(tr("Days of features the model reads before the day it scores"));
    horizon_->setToolTip(tr("A day counts as a warning case when an event starts within this many days after it"));
    epochs_->setToolTip(tr("At most; training stops earlier when the validation AUC stops improving"));

    auto* warning = new QGroupBox(tr("Early warning"), this);
    auto* w = new QFormLayout(warning);
    w->addRow(train_);
    w->addRow(tr("Window"), window_);
    w->addRow(tr("Horizon"), horizon_);
    w->addRow(tr("Events to warn of"), events_);
    w->addRow(tr("Epochs"), epochs_);
    w->addRow(tr("Hidden units per layer"), hidden_);
    w->addRow(tr("Stacked GRU layers"), layers_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(clustering);
    layout->addWidget(warning);
    layout->addWidget(buttons);

    for (QSpinBox* box : {minClusters_, maxClusters_})
        connect(box, &QSpinBox::valueChanged, this, &LearningOptionsDialog::keepConsistent);
    for (QDateEdit* edit : {from_, to_}) connect(edit, &QDateEdit::dateChanged, this, &LearningOptionsDialog::keepConsistent);
    connect(train_, &QCheckBox::toggled, this, &LearningOptionsDialog::keepConsistent);
    keepConsistent();
}

// The ends of each range cannot cross; the model's settings wait while it is not trained.
void LearningOptionsDialog::keepConsistent() {
    maxClusters_->setMinimum(minClusters_->value());
    minClusters_->setMaximum(std::max(2, maxClusters_->value()));
    to_->setMinimumDate(from_->date());
    for (QWidget* field : std::initializer_list<QWidget*>{window_, horizon_, events_, epochs_, hidden_, layers_})
        field->setEnabled(train_->isChecked());
}

LearningOptions LearningOptionsDialog::options() const {
    LearningOptions o = defaults_;
    o.from = fromQDate(from_->date());
    o.to = fromQDate(to_->date());
    o.clustering.minClusters = minClusters_->value();
    o.clustering.maxClusters = maxClusters_->value();
    o.moveWindow = moveWindow_->value();
    const auto seed = static_cast<std::uint64_t>(seed_->value());
    o.clustering.seed = o.split.seed = o.hyper.seed = seed;
    o.train = train_->isChecked();
    o.task.window = window_->value();
    o.task.horizon = horizon_->value();
    o.task.eventKinds = events_->currentIndex() == 0 ? distressEventKinds() : std::set<std::string>{};
    o.hyper.epochs = epochs_->value();
    o.hyper.hidden = hidden_->value();
    o.hyper.layers = layers_->value();
    return o;
}

}  // namespace eagle
