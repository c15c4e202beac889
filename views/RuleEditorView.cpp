#include "RuleEditorView.h"

#include "AlertNames.h"
#include "ListTable.h"
#include "LiveTexts.h"
#include "RuleParser.h"
#include "RuleTextEdit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

constexpr int kValidationPauseMs = 300;  // validate when typing pauses, not on every key
// The results share a dock with the editor: no column (a long rule name) takes more than this of
// a table's width, and the last (the message, the version's text) keeps as much.
constexpr double kWidestColumnShare = 0.3;
// In the per-rule table the rule's name matters and the last column is a number.
constexpr double kPerRuleNameShare = 0.5;
QString fromStd(const std::string& s) { return QString::fromStdString(s); }

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* objectName) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setHorizontalHeaderLabels(headers);
    styleListTable(t);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* cell(const QString& text) { return new QTableWidgetItem(text); }
// For a text that may be elided in a column fitted to the view.
QTableWidgetItem* longCell(const QString& text) {
    auto* item = cell(text);
    item->setToolTip(text);
    return item;
}
QTableWidgetItem* number(double v) {
    auto* item = new QTableWidgetItem(std::isnan(v) ? QStringLiteral("–") : QString::number(v));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

const char* const kNewRuleTemplate =
    "# %1\n"
    "rule \"%2\" severity medium\n"
    "  when overnight_share > 0.9 and count_days(overnight_share > 0.9, 10) >= 5\n"
    "  message \"{institution}: %3 {overnight_share}\"\n";

}  // namespace

RuleEditorView::RuleEditorView(QWidget* parent) : QWidget(parent), catalog_({}) {
    texts_ = new LiveTexts(this);
    validation_ = new QTimer(this);
    validation_->setSingleShot(true);
    validation_->setInterval(kValidationPauseMs);
    connect(validation_, &QTimer::timeout, this, &RuleEditorView::validateNow);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(createEditor());
    right->addWidget(createResults());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split_ = new QSplitter(Qt::Horizontal, this);
    split_->addWidget(createRuleList());
    split_->addWidget(right);
    split_->setStretchFactor(0, 1);
    split_->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split_);
    updateButtons();
}

QWidget* RuleEditorView::createRuleList() {
    auto* panel = new QWidget(this);
    list_ = makeTable(panel, QStringList(4), "ruleList");
    list_->horizontalHeader()->setStretchLastSection(false);
    list_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* add = new QPushButton(panel);
    add->setObjectName(QStringLiteral("newRuleButton"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_, 1);
    layout->addWidget(add);
    connect(add, &QPushButton::clicked, this, &RuleEditorView::newRule);
    connect(list_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row >= 0 && row < int(rules_.size())) chooseRule(fromStd(rules_[std::size_t(row)].name));
    });
    // The check box switches the rule on or off; the app decides and sends the list back.
    connect(list_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 0 || item->row() >= int(rules_.size())) return;
        const StoredRule& r = rules_[std::size_t(item->row())];
        const bool on = item->checkState() == Qt::Checked;
        if (on != r.enabled) emit enableRequested(fromStd(r.name), on);
    });
    texts_->add(add, [this, add] {
        list_->setHorizontalHeaderLabels({tr("On"), tr("Rule"), tr("Severity"), tr("Version")});
        add->setText(tr("New rule"));
        setRules(rules_);  // the switches' tooltips
    });
    return panel;
}

QWidget* RuleEditorView::createEditor() {
    auto* panel = new QWidget(this);
    editor_ = new RuleTextEdit(panel);
    editor_->setObjectName(QStringLiteral("ruleText"));
    problems_ = new QListWidget(panel);
    problems_->setObjectName(QStringLiteral("ruleProblems"));
    problems_->setMaximumHeight(4 * fontMetrics().height() + 8);
    save_ = new QPushButton(panel);
    save_->setObjectName(QStringLiteral("saveRuleButton"));
    backtest_ = new QPushButton(panel);
    backtest_->setObjectName(QStringLiteral("backtestButton"));
    texts_->add(panel, [this] {
        save_->setText(tr("Save as new version"));
        backtest_->setText(tr("Backtest (shadow mode)"));
        backtest_->setToolTip(
            tr("Evaluate over the whole history without storing anything and compare with the "
               "recorded risk events"));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(backtest_);
    buttons->addWidget(save_);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor_, 3);
    layout->addWidget(problems_, 1);
    layout->addLayout(buttons);

    connect(editor_, &QPlainTextEdit::textChanged, validation_, qOverload<>(&QTimer::start));
    connect(problems_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        editor_->goTo(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
    });
    connect(save_, &QPushButton::clicked, this, [this] {
        if (validateNow()) emit saveRequested(text());
    });
    connect(backtest_, &QPushButton::clicked, this, [this] {
        if (validateNow()) emit backtestRequested(text());
    });
    return panel;
}

QWidget* RuleEditorView::createResults() {
    tabs_ = new QTabWidget(this);
    auto* shadow = new QWidget(tabs_);
    summary_ = new QLabel(shadow);
    summary_->setObjectName(QStringLiteral("backtestSummary"));
    summary_->setWordWrap(true);
    perRule_ = makeTable(shadow, QStringList(6), "backtestTable");
    perRule_->setMaximumHeight(110);
    new ColumnFitter(perRule_, kPerRuleNameShare, 0);
    shadowAlerts_ = makeTable(shadow, QStringList(6), "shadowAlertTable");
    shadowAlerts_->setSortingEnabled(true);
    shadowAlertsFit_ = new ColumnFitter(shadowAlerts_, kWidestColumnShare, kWidestColumnShare);
    auto* layout = new QVBoxLayout(shadow);
    layout->addWidget(summary_);
    layout->addWidget(perRule_);
    layout->addWidget(shadowAlerts_, 1);
    tabs_->addTab(shadow, QString());

    auto* history = new QWidget(tabs_);
    versions_ = makeTable(history, QStringList(5), "versionTable");
    new ColumnFitter(versions_, kWidestColumnShare, kWidestColumnShare);
    auto* restore = new QPushButton(history);
    restore->setObjectName(QStringLiteral("restoreVersionButton"));
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(versions_, 1);
    historyLayout->addWidget(restore, 0, Qt::AlignRight);
    tabs_->addTab(history, QString());
    // A backtest's summary stays in the language it was run in; the rest follows.
    texts_->add(tabs_, [this, restore] {
        if (perRule_->rowCount() == 0)
            summary_->setText(tr("Run a backtest to see how often the rule would have fired, on whom and when."));
        perRule_->setHorizontalHeaderLabels(
            {tr("Rule"), tr("Alerts"), tr("Hits"), tr("Misses"), tr("False alarms"), tr("Median lead (days)")});
        shadowAlerts_->setHorizontalHeaderLabels(
            {tr("Rule"), tr("Institution"), tr("From"), tr("Until"), tr("Event"), tr("Message")});
        tabs_->setTabText(0, tr("Backtest"));
        versions_->setHorizontalHeaderLabels({tr("Version"), tr("Author"), tr("Saved (UTC)"), tr("On"), tr("Text")});
        restore->setText(tr("Load this version into the editor"));
        tabs_->setTabText(1, tr("Versions"));
        setVersions(chosen_, versionList_);  // yes and no
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const int row = versions_->currentRow();
        if (row >= 0 && row < int(versionList_.size())) setText(fromStd(versionList_[std::size_t(row)].text));
    });
    return tabs_;
}

void RuleEditorView::setCatalog(const FeatureCatalog& catalog) {
    catalog_ = catalog;
    editor_->setCatalog(catalog);
    validateNow();
}

void RuleEditorView::setRules(std::vector<StoredRule> rules) {
    rules_ = std::move(rules);
    const QSignalBlocker blocker(list_);
    list_->setRowCount(int(rules_.size()));
    for (int row = 0; row < int(rules_.size()); ++row) {
        const StoredRule& r = rules_[std::size_t(row)];
        auto* on = cell({});
        on->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
        on->setToolTip(r.enabled ? tr("On: runs with the enabled rules") : tr("Off: kept, not run"));
        list_->setItem(row, 0, on);
        auto* name = cell(fromStd(r.name));
        name->setToolTip(name->text());
        list_->setItem(row, 1, name);
        auto* severity = cell(severityDisplayName(r.severity));
        severity->setForeground(severityColor(r.severity));
        list_->setItem(row, 2, severity);
        list_->setItem(row, 3, number(r.version));
        if (fromStd(r.name) == chosen_) list_->selectRow(row);
    }
    // Something to read at once: the first rule, unless the analyst is writing one.
    if (chosen_.isEmpty() && text().isEmpty() && !rules_.empty()) chooseRule(fromStd(rules_.front().name));
    QTimer::singleShot(0, this, &RuleEditorView::fitListToNames);  // once the table has laid out the rows
}

void RuleEditorView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &RuleEditorView::fitListToNames);  // once the splitter is laid out
}

// Rules are picked by name: when the rules are first shown, the list widens to show the names
// whole, leaving the editor at least 60% of the width. Later the user's splitter position stays.
void RuleEditorView::fitListToNames() {
    if (listFitted_ || rules_.empty() || !isVisible() || split_->width() <= 0) return;
    listFitted_ = true;
    // From the contents, not the sections' present sizes, which the table sets only when it lays out.
    const QHeaderView* header = list_->horizontalHeader();
    const QAbstractItemView* items = list_;  // QTableView hides the view's public sizeHintForColumn
    int needed = 2 * list_->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list_);
    for (int column = 0; column < list_->columnCount(); ++column)
        needed += std::max(items->sizeHintForColumn(column), header->sectionSizeHint(column));
    if (list_->verticalHeader()->isVisible()) needed += list_->verticalHeader()->width();
    const QList<int> sizes = split_->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    const int wanted = std::min(needed, int(0.4 * total));
    if (sizes.value(0) < wanted) split_->setSizes({wanted, total - wanted});
}

void RuleEditorView::setVersions(const QString& name, std::vector<StoredRule> versions) {
    if (name != chosen_) return;
    versionList_ = std::move(versions);
    versions_->setRowCount(int(versionList_.size()));
    for (int row = 0; row < int(versionList_.size()); ++row) {
        const StoredRule& v = versionList_[std::size_t(row)];
        versions_->setItem(row, 0, number(v.version));
        versions_->setItem(row, 1, cell(fromStd(v.author)));
        versions_->setItem(row, 2, cell(fromStd(v.created)));
        versions_->setItem(row, 3, cell(v.enabled ? tr("yes") : tr("no")));
        auto* text = cell(fromStd(v.text).simplified());
        text->setToolTip(fromStd(v.text));
        versions_->setItem(row, 4, text);
    }
}

void RuleEditorView::setShadowRun(const ShadowRun& run) {
    const auto& report = run.report;
    summary_->setText(tr("Shadow mode: %n alert(s) over %1 institutions × %2 days; %3 recorded risk event(s). An "
                         "alert catches an event from %4 business days before it to its end. Nothing was stored.",
                         nullptr, int(run.alerts.size()))
                          .arg(run.institutions)
                          .arg(run.days)
                          .arg(report.events)
                          .arg(report.leadWindowDays));
    perRule_->setRowCount(int(report.rules.size()));
    for (int row = 0; row < int(report.rules.size()); ++row) {
        const RuleBacktestRow& r = report.rules[std::size_t(row)];
        perRule_->setItem(row, 0, longCell(fromStd(r.rule)));
        perRule_->setItem(row, 1, number(r.alerts));
        perRule_->setItem(row, 2, number(r.hits));
        perRule_->setItem(row, 3, number(r.misses));
        perRule_->setItem(row, 4, number(r.falseAlarms));
        perRule_->setItem(row, 5, number(r.medianLeadDays));
    }
    shadowAlerts_->setSortingEnabled(false);
    // A backtest of one rule (the editor's text) names it in the table above: its alerts need the room.
    shadowAlerts_->setColumnHidden(0, report.rules.size() <= 1);
    shadowAlertsFit_->refit();
    shadowAlerts_->setRowCount(int(run.alerts.size()));
    for (int row = 0; row < int(run.alerts.size()); ++row) {
        const ShadowAlert& a = run.alerts[std::size_t(row)];
        shadowAlerts_->setItem(row, 0, longCell(a.rule));
        shadowAlerts_->setItem(row, 1, cell(a.institution));
        shadowAlerts_->setItem(row, 2, cell(fromStd(a.firstDay.toString())));
        shadowAlerts_->setItem(row, 3, cell(fromStd(a.lastDay.toString())));
        shadowAlerts_->setItem(row, 4, cell(a.caughtEvent ? tr("caught") : tr("false alarm")));
        shadowAlerts_->setItem(row, 5, longCell(a.message));
    }
    shadowAlerts_->setSortingEnabled(true);
    tabs_->setCurrentIndex(0);
}

void RuleEditorView::chooseRule(const QString& name) {
    for (const StoredRule& r : rules_) {
        if (fromStd(r.name) != name) continue;
        chosen_ = name;
        setText(fromStd(r.text));
        for (int row = 0; row < list_->rowCount(); ++row)
            if (list_->item(row, 1)->text() == name) list_->selectRow(row);
        versionList_.clear();
        versions_->setRowCount(0);
        emit ruleChosen(name);
        return;
    }
}

void RuleEditorView::newRule() {
    chosen_.clear();
    list_->clearSelection();
    versions_->setRowCount(0);
    setText(QString::fromLatin1(kNewRuleTemplate)
                .arg(tr("Why this rule: the risk it looks for"), tr("new rule"), tr("mostly overnight")));
}

QString RuleEditorView::text() const { return editor_->toPlainText(); }

void RuleEditorView::setText(const QString& text) {
    editor_->setPlainText(text);
    validateNow();
}

bool RuleEditorView::validateNow() {
    validation_->stop();
    const QByteArray utf8 = text().toUtf8();
    const RuleSet parsed = RuleParser(catalog_).parse(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    problems_->clear();
    std::vector<RuleError> errors = parsed.errors;
    if (parsed.rules.empty() && errors.empty()) errors.push_back({1, 1, "no rule yet", "start with: rule \"NAME\""});
    for (const RuleError& e : errors) {
        auto* item = new QListWidgetItem(QStringLiteral("✗ ") + QString::fromStdString(e.toString()), problems_);
        item->setData(Qt::UserRole, e.line);
        item->setData(Qt::UserRole + 1, e.column);
        item->setForeground(QColor(0xC6, 0x28, 0x28));
    }
    if (errors.empty())
        for (const CompiledRule& r : parsed.rules) {
            QStringList reads;
            for (int slot : r.features) reads << QString::fromStdString(catalog_.name(slot));
            auto* item = new QListWidgetItem(
                tr("✓ %1: valid, reads %2").arg(fromStd(r.name), reads.join(QStringLiteral(", "))), problems_);
            item->setForeground(QColor(0x2E, 0x7D, 0x32));
        }
    editor_->setProblems(parsed.errors);
    valid_ = errors.empty();
    updateButtons();
    return valid_;
}

QStringList RuleEditorView::problems() const {
    QStringList out;
    for (int i = 0; i < problems_->count(); ++i)
        if (problems_->item(i)->text().startsWith(QStringLiteral("✗ "))) out << problems_->item(i)->text().mid(2);
    return out;
}

void RuleEditorView::updateButtons() {
    save_->setEnabled(valid_);
    backtest_->setEnabled(valid_);
}

}  // namespace eagle
