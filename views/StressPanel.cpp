#include "StressPanel.h"

#include "LiveTexts.h"
#include "NetworkView.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>

#include <algorithm>
#include <numeric>

namespace eagle {
namespace {

enum Column { InstitutionColumn, Distress, ShockLoss, ContagionLoss, DefaultRound, ColumnCount };

QTableWidgetItem* number(double value, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

StressPanel::StressPanel(NetworkView& view, QWidget* parent)
    : QWidget(parent),
      view_(view),
      shock_(new QLineEdit(this)),
      method_(new QComboBox(this)),
      run_(new QPushButton(this)),
      play_(new QPushButton(this)),
      round_(new QSlider(Qt::Horizontal, this)),
      roundLabel_(new QLabel(this)),
      summary_(new QLabel(this)),
      table_(new QTableWidget(0, ColumnCount, this)) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    auto* shockLabel = new QLabel(this);
    grid->addWidget(shockLabel, 0, 0);
    grid->addWidget(shock_, 0, 1, 1, 3);
    auto* methodLabel = new QLabel(this);
    grid->addWidget(methodLabel, 1, 0);
    for (const StressMethod m : {StressMethod::DebtRank, StressMethod::DebtRankSingleHit, StressMethod::Clearing})
        method_->addItem(QString(), QVariant::fromValue(m));
    grid->addWidget(method_, 1, 1, 1, 2);
    run_->setDefault(true);
    grid->addWidget(run_, 1, 3);
    grid->addWidget(play_, 2, 0);
    round_->setEnabled(false);
    play_->setEnabled(false);
    grid->addWidget(round_, 2, 1, 1, 2);
    grid->addWidget(roundLabel_, 2, 3);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(summary_, 3, 0, 1, 4);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The numbers as wide as their headers and values; the institution takes the rest.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(InstitutionColumn, QHeaderView::Stretch);
    grid->addWidget(table_, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);

    const auto request = [this] {
        const QString text = shock_->text().trimmed();
        if (text.isEmpty()) return showError(tr("Choose who fails: select an institution or type a shock."));
        emit stressRequested(text, method_->currentData().value<StressMethod>());
    };
    connect(run_, &QPushButton::clicked, this, request);
    connect(shock_, &QLineEdit::returnPressed, this, request);
    connect(play_, &QPushButton::clicked, this, [this] { view_.playStress(); });
    connect(round_, &QSlider::valueChanged, this, [this](int round) {
        if (round != view_.stressRound()) view_.showStressRound(round);
    });
    connect(&view_, &NetworkView::stressRoundShown, this, &StressPanel::onRoundShown);
    reset();
    (new LiveTexts(this))->add(this, [this, shockLabel, methodLabel] {
        shockLabel->setText(tr("Shock:"));
        shock_->setPlaceholderText(tr("CODE fails, CODE:0.3, all:0.05 or rate:200"));
        shock_->setToolTip(
            tr("An institution that fails (its code), a share of equity lost (CODE:0.3, all:0.05) or a "
               "rise in yields in basis points (rate:200); several separated by commas"));
        methodLabel->setText(tr("Method:"));
        method_->setItemText(0, tr("DebtRank (linear)"));
        method_->setItemText(1, tr("DebtRank (single hit)"));
        method_->setItemText(2, tr("Eisenberg–Noe clearing"));
        run_->setText(tr("Run"));
        play_->setText(tr("Play"));
        // On two lines: the panel shares a narrow dock, and one-line headers made it scroll sideways.
        table_->setHorizontalHeaderLabels({tr("Institution"), tr("Equity\nlost"), tr("Shock\nloss (bn)"),
                                           tr("Contagion\nloss (bn)"), tr("Default\nround")});
        summary_->setText(summaryText_());
        if (round_->isEnabled()) onRoundShown(view_.stressRound());
    });
}

void StressPanel::suggestShock(const QString& code) {
    // Follow the selection only while the field holds our own suggestion (or nothing).
    if (shock_->text().isEmpty() || shock_->text() == suggested_) shock_->setText(code);
    suggested_ = code;
}

void StressPanel::setResult(const ContagionResult& result, const QStringList& names, const QString& title) {
    const QLocale locale;
    summaryText_ = [title, debtRank = result.debtRank, defaults = result.defaults, shock = result.shockLoss,
                    contagion = result.contagionLoss] {
        const QLocale locale;
        return tr("<b>%1</b><br>DebtRank %2 · %3 default(s) · losses: shock %4 bn, contagion %5 bn CNY")
            .arg(title.toHtmlEscaped(), locale.toString(debtRank, 'f', 4))
            .arg(defaults)
            .arg(locale.toString(shock / 1e9, 'f', 1), locale.toString(contagion / 1e9, 'f', 1));
    };
    summary_->setText(summaryText_());
    std::vector<std::size_t> hit;
    for (std::size_t i = 0; i < result.institutions.size(); ++i)
        if (result.institutions[i].finalDistress > 0 ||
            result.institutions[i].shockLoss + result.institutions[i].contagionLoss > 0)
            hit.push_back(i);
    const auto loss = [&](std::size_t i) {
        return result.institutions[i].shockLoss + result.institutions[i].contagionLoss;
    };
    std::stable_sort(hit.begin(), hit.end(), [&](std::size_t a, std::size_t b) { return loss(a) > loss(b); });
    table_->setSortingEnabled(false);
    table_->setRowCount(int(hit.size()));
    for (int row = 0; row < int(hit.size()); ++row) {
        const std::size_t i = hit[std::size_t(row)];
        const InstitutionStress& s = result.institutions[i];
        table_->setItem(row, InstitutionColumn,
                        new QTableWidgetItem(i < std::size_t(names.size()) ? names[int(i)] : QString::number(i)));
        table_->setItem(row, Distress, number(s.finalDistress, locale.toString(100 * s.finalDistress, 'f', 1) + "%"));
        table_->setItem(row, ShockLoss, number(s.shockLoss, locale.toString(s.shockLoss / 1e9, 'f', 2)));
        table_->setItem(row, ContagionLoss, number(s.contagionLoss, locale.toString(s.contagionLoss / 1e9, 'f', 2)));
        table_->setItem(row, DefaultRound,
                        number(s.defaultRound, s.defaultRound >= 0 ? QString::number(s.defaultRound) : QString()));
    }
    view_.setStress(result);
    const int rounds = view_.stressRounds();
    round_->setRange(0, std::max(rounds - 1, 0));
    round_->setEnabled(rounds > 1);
    play_->setEnabled(rounds > 1);
    onRoundShown(view_.stressRound());
}

void StressPanel::showError(const QString& reason) {
    summaryText_ = [reason] { return QStringLiteral("<span style='color:#c92a2a'>%1</span>").arg(reason.toHtmlEscaped()); };
    summary_->setText(summaryText_());
}

void StressPanel::reset() {
    table_->setRowCount(0);
    round_->setEnabled(false);
    play_->setEnabled(false);
    roundLabel_->setText(QString());
    summaryText_ = [] {
        return tr("Pick an institution to fail (select it anywhere) or type a shock, then Run: the network "
                  "shows the losses spreading round by round.");
    };
    summary_->setText(summaryText_());
}

QString StressPanel::summary() const { return summary_->text(); }

void StressPanel::onRoundShown(int round) {
    const QSignalBlocker block(round_);
    round_->setValue(round);
    roundLabel_->setText(tr("Round %1 of %2").arg(round).arg(std::max(view_.stressRounds() - 1, 0)));
}

}  // namespace eagle
