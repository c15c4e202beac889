#include "AlertsView.h"

#include "AlertFilterModel.h"
#include "AlertNames.h"
#include "AlertTableModel.h"
#include "FeatureNames.h"
#include "ListTable.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace eagle {
namespace {

QDate toQDate(Date d) { return QDate(d.year(), int(d.month()), int(d.day())); }
Date fromQDate(QDate d) { return Date::fromYmd(d.year(), unsigned(d.month()), unsigned(d.day())); }
QString fromStd(const std::string& s) { return QString::fromStdString(s); }

// In the units the other views show the feature in (amounts in CNY bn, shares in %).
QString formatEvidence(const std::string& feature, double v) {
    if (!std::isfinite(v)) return QCoreApplication::translate("eagle::AlertsView", "n/a");
    if (feature == "value") return QLocale().toString(v, 'g', 4);
    const QString unit = featureDisplayUnit(feature);
    const QString number = QLocale().toString(v * featureDisplayScale(feature), 'g', 4);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

}  // namespace

AlertsView::AlertsView(QWidget* parent)
    : QWidget(parent), model_(new AlertTableModel(this)), proxy_(new AlertFilterModel(this)) {
    proxy_->setSourceModel(model_);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("alertTable"));
    table_->setModel(proxy_);
    styleListTable(table_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(AlertTableModel::DayColumn, Qt::DescendingOrder);  // the latest first
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(AlertTableModel::SeverityColumn,
                          fontMetrics().horizontalAdvance(severityDisplayName("medium")) + 24);
    header->resizeSection(AlertTableModel::StatusColumn, 90);
    header->resizeSection(AlertTableModel::DayColumn, 90);
    header->resizeSection(AlertTableModel::EndDayColumn, 90);
    header->resizeSection(AlertTableModel::RuleColumn, 170);
    header->resizeSection(AlertTableModel::InstitutionColumn, 80);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table_);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsView::onCurrentChanged);
    // A click on the alert already shown (the newest, on load) chooses it too.
    connect(table_, &QTableView::clicked, this, [this] {
        if (const auto a = currentAlert()) emit alertChosen(*a);
    });
    connect(proxy_, &QAbstractItemModel::rowsInserted, this, &AlertsView::updateActions);
    connect(proxy_, &QAbstractItemModel::rowsRemoved, this, &AlertsView::updateActions);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &AlertsView::updateActions);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &AlertsView::updateActions);
    retranslateUi();
}

QWidget* AlertsView::createFilterBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    severity_ = new QComboBox(bar);
    severity_->setObjectName(QStringLiteral("severityFilter"));
    severity_->addItem(QString(), QString());
    for (const char* s : {"high", "medium", "low"}) severity_->addItem(QString(), QString::fromLatin1(s));

    status_ = new QComboBox(bar);
    status_->setObjectName(QStringLiteral("statusFilter"));
    status_->addItem(QString(), QString());
    for (AlertStatus s : {AlertStatus::New, AlertStatus::UnderReview, AlertStatus::Escalated, AlertStatus::Closed}) {
        const std::string_view name = nameOf(s);
        status_->addItem(QString(), QString::fromLatin1(name.data(), qsizetype(name.size())));
    }

    rule_ = new QComboBox(bar);
    rule_->setObjectName(QStringLiteral("ruleFilter"));
    rule_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    rule_->setMinimumContentsLength(14);

    institution_ = new QLineEdit(bar);
    institution_->setObjectName(QStringLiteral("institutionFilter"));
    institution_->setClearButtonEnabled(true);
    institution_->setMaximumWidth(140);

    from_ = new QDateEdit(bar);
    to_ = new QDateEdit(bar);
    for (QDateEdit* e : {from_, to_}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    from_->setObjectName(QStringLiteral("fromFilter"));
    to_->setObjectName(QStringLiteral("toFilter"));

    count_ = new QLabel(bar);
    count_->setObjectName(QStringLiteral("alertCount"));

    row->addWidget(severity_);
    row->addWidget(status_);
    row->addWidget(rule_, 1);
    row->addWidget(institution_);
    fromLabel_ = new QLabel(bar);
    row->addWidget(fromLabel_);
    row->addWidget(from_);
    toLabel_ = new QLabel(bar);
    row->addWidget(toLabel_);
    row->addWidget(to_);
    row->addWidget(count_);

    for (QComboBox* c : {severity_, status_, rule_})
        connect(c, &QComboBox::currentIndexChanged, this, &AlertsView::applyFilters);
    connect(institution_, &QLineEdit::textChanged, this, &AlertsView::applyFilters);
    connect(from_, &QDateEdit::dateChanged, this, &AlertsView::applyFilters);
    connect(to_, &QDateEdit::dateChanged, this, &AlertsView::applyFilters);
    return bar;
}

QWidget* AlertsView::createDetail() {
    auto* panel = new QWidget(this);
    detail_ = new QTextBrowser(panel);
    detail_->setObjectName(QStringLiteral("alertDetail"));
    detail_->setOpenLinks(false);

    review_ = new QPushButton(panel);
    review_->setObjectName(QStringLiteral("reviewButton"));
    escalate_ = new QPushButton(panel);
    escalate_->setObjectName(QStringLiteral("escalateButton"));
    close_ = new QPushButton(panel);
    close_->setObjectName(QStringLiteral("closeButton"));
    note_ = new QLineEdit(panel);
    note_->setObjectName(QStringLiteral("noteEdit"));
    note_->setClearButtonEnabled(true);
    addNote_ = new QPushButton(panel);
    addNote_->setObjectName(QStringLiteral("addNoteButton"));
    export_ = new QPushButton(panel);
    export_->setObjectName(QStringLiteral("exportButton"));

    auto* actions = new QGridLayout;
    actions->addWidget(review_, 0, 0);
    actions->addWidget(escalate_, 0, 1);
    actions->addWidget(close_, 0, 2);
    actions->addWidget(note_, 1, 0, 1, 2);
    actions->addWidget(addNote_, 1, 2);
    actions->addWidget(export_, 2, 2);
    actions->setRowStretch(3, 1);

    auto* layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    detailTabs_ = new QTabWidget(panel);
    detailTabs_->addTab(detail_, QString());
    trades_ = new QTableWidget(0, 8, panel);
    trades_->setObjectName(QStringLiteral("alertTrades"));
    styleListTable(trades_);
    trades_->horizontalHeader()->setStretchLastSection(true);
    trades_->setAlternatingRowColors(true);
    detailTabs_->addTab(trades_, QString());
    layout->addWidget(detailTabs_, 3);
    layout->addLayout(actions, 2);

    connect(review_, &QPushButton::clicked, this, [this] { requestMove(AlertStatus::UnderReview); });
    connect(escalate_, &QPushButton::clicked, this, [this] { requestMove(AlertStatus::Escalated); });
    connect(close_, &QPushButton::clicked, this, [this] { requestMove(AlertStatus::Closed); });
    connect(addNote_, &QPushButton::clicked, this, [this] {
        const auto alert = currentAlert();
        if (!alert || note_->text().trimmed().isEmpty()) return;
        emit noteRequested(alert->alert.id, note_->text().trimmed());
        note_->clear();
    });
    connect(note_, &QLineEdit::textChanged, this, &AlertsView::updateActions);
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export alerts"), tr("alerts.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportTo(path);
    });
    return panel;
}

void AlertsView::setAlerts(std::vector<AlertRecord> alerts, const QString& caption) {
    caption_ = caption;
    std::set<std::string> rules;
    Date first, last;
    for (const AlertRecord& r : alerts) {
        rules.insert(r.rule);
        if (first == Date() || r.alert.day < first) first = r.alert.day;
        if (r.alert.day > last) last = r.alert.day;
    }
    // Fill the filters without filtering on every step, then show everything.
    for (QWidget* w : std::initializer_list<QWidget*>{rule_, from_, to_}) w->blockSignals(true);
    rule_->clear();
    rule_->addItem(QString(), QString());
    for (const std::string& r : rules) rule_->addItem(fromStd(r), fromStd(r));
    if (!alerts.empty()) {
        for (QDateEdit* e : {from_, to_}) e->setDateRange(toQDate(first), toQDate(last));
        from_->setDate(toQDate(first));
        to_->setDate(toQDate(last));
    }
    for (QWidget* w : std::initializer_list<QWidget*>{rule_, from_, to_}) w->blockSignals(false);
    rule_->setItemText(0, tr("All rules"));
    model_->setAlerts(std::move(alerts));
    applyFilters();
    // The newest alert is ready to read, but loading is not the analyst choosing it: the other
    // views stay on the institution they show.
    quiet_ = true;
    if (proxy_->rowCount() > 0) table_->selectRow(0);
    quiet_ = false;
}

void AlertsView::appendAlerts(std::vector<AlertRecord> alerts, const QString& caption) {
    // Rebuilt with the filters' choices kept: a replay adds a day's alerts at a time.
    const QString rule = rule_->currentData().toString();
    std::vector<AlertRecord> all = model_->alerts();
    all.insert(all.end(), std::make_move_iterator(alerts.begin()), std::make_move_iterator(alerts.end()));
    setAlerts(std::move(all), caption);
    if (const int i = rule_->findData(rule); i > 0) rule_->setCurrentIndex(i);
}

void AlertsView::showSeverity(const QString& severity) {
    const std::initializer_list<QWidget*> filters{severity_, status_, rule_, institution_, from_, to_};
    for (QWidget* w : filters) w->blockSignals(true);
    severity_->setCurrentIndex(std::max(0, severity_->findData(severity)));
    status_->setCurrentIndex(0);
    rule_->setCurrentIndex(0);
    institution_->clear();
    from_->setDate(from_->minimumDate());
    to_->setDate(to_->maximumDate());
    for (QWidget* w : filters) w->blockSignals(false);
    applyFilters();
}

void AlertsView::applyFilters() {
    proxy_->setSeverity(severity_->currentData().toString());
    proxy_->setStatus(status_->currentData().toString());
    proxy_->setRule(rule_->currentData().toString());
    proxy_->setInstitutionText(institution_->text());
    if (model_->rowCount() > 0)
        proxy_->setDayRange(fromQDate(from_->date()), fromQDate(to_->date()));
    else
        proxy_->setDayRange(std::nullopt, std::nullopt);
    updateActions();
}

void AlertsView::setAlertStatus(std::int64_t alertId, AlertStatus status) {
    model_->setStatus(alertId, status);
    updateActions();
    if (const auto a = currentAlert(); a && a->alert.id == alertId) showDetail();
}

void AlertsView::setTrail(std::int64_t alertId, std::vector<AlertAction> trail) {
    trailOf_ = alertId;
    trail_ = std::move(trail);
    if (const auto a = currentAlert(); a && a->alert.id == alertId) showDetail();
}

void AlertsView::setTrades(std::int64_t alertId, const TradesBehind& trades) {
    const auto current = currentAlert();
    if (!current || current->alert.id != alertId) return;
    if (&trades != &tradesShown_) {  // kept to be listed again in another language
        tradesShownOf_ = alertId;
        tradesShown_ = trades;
    }
    trades_->setRowCount(int(trades.trades.size()));
    for (int row = 0; row < int(trades.trades.size()); ++row) {
        const TradeLine& t = trades.trades[std::size_t(row)];
        const bool money = marketOf(t.product) == Market::Money;
        const std::string_view product = nameOf(t.product);
        const auto secondOfDay = ((t.ts % 86400) + 86400) % 86400;
        const QString side =
            money ? (t.cashProvider ? tr("lent") : tr("borrowed")) : (t.cashProvider ? tr("bought") : tr("sold"));
        const QString priceOrRate =
            money ? tr("%1% for %n day(s)", nullptr, t.tenorDays).arg(t.rate) : QLocale().toString(t.price, 'f', 4);
        const QStringList cells{
            fromStd(t.day.toString()),
            QTime::fromMSecsSinceStartOfDay(int(secondOfDay) * 1000).toString(QStringLiteral("HH:mm")),
            QString::fromLatin1(product.data(), qsizetype(product.size())),
            side,
            fromStd(t.counterparty),
            fromStd(t.instrument),
            priceOrRate,
            QLocale().toString(t.notionalCny / 1e6, 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) trades_->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    showTradesTabText();
}

void AlertsView::showTradesTabText() {
    const TradesBehind& trades = tradesShown_;
    if (tradesShownOf_ == 0)
        detailTabs_->setTabText(1, tr("Trades"));
    else
        detailTabs_->setTabText(1, trades.total > qint64(trades.trades.size())
                                       ? tr("Trades (%1 of %2)").arg(trades.trades.size()).arg(trades.total)
                                       : tr("Trades (%1)").arg(trades.total));
}

void AlertsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void AlertsView::retranslateUi() {
    severity_->setItemText(0, tr("All severities"));
    for (int i = 1; i < severity_->count(); ++i)
        severity_->setItemText(i, severityDisplayName(severity_->itemData(i).toString().toStdString()));
    status_->setItemText(0, tr("All statuses"));
    for (int i = 1; i < status_->count(); ++i)
        status_->setItemText(i, statusDisplayName(status_->itemData(i).toString().toStdString()));
    if (rule_->count() > 0) rule_->setItemText(0, tr("All rules"));
    institution_->setPlaceholderText(tr("Institution code…"));
    fromLabel_->setText(tr("From"));
    toLabel_->setText(tr("to"));
    note_->setPlaceholderText(tr("Note: why, what was found (goes with the next action)"));
    addNote_->setText(tr("Add note"));
    export_->setText(tr("Export CSV…"));
    detailTabs_->setTabText(0, tr("Evidence and history"));
    trades_->setHorizontalHeaderLabels({tr("Day"), tr("Time"), tr("Product"), tr("Side"), tr("Counterparty"),
                                        tr("Instrument"), tr("Price / rate"), tr("Amount (CNY m)")});
    emit model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
    if (tradesShownOf_ != 0) setTrades(tradesShownOf_, tradesShown_);
    showTradesTabText();
    updateActions();
    showDetail();
}

std::optional<AlertRecord> AlertsView::currentAlert() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (!current.isValid()) return std::nullopt;
    const AlertRecord* r = model_->alertAt(proxy_->mapToSource(current).row());
    return r ? std::optional<AlertRecord>(*r) : std::nullopt;
}

bool AlertsView::selectAlert(std::int64_t alertId) {
    const int row = model_->rowOf(alertId);
    if (row < 0) return false;
    const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    if (!index.isValid()) return false;  // filtered out
    const bool already = table_->selectionModel()->currentIndex().row() == index.row();
    table_->selectRow(index.row());
    table_->scrollTo(index);
    if (already) emit alertChosen(*currentAlert());  // shown but not chosen yet (on load)
    return true;
}

std::vector<AlertRecord> AlertsView::visibleAlerts() const {
    std::vector<AlertRecord> out;
    for (int row = 0; row < proxy_->rowCount(); ++row)
        out.push_back(*model_->alertAt(proxy_->mapToSource(proxy_->index(row, 0)).row()));
    return out;
}

int AlertsView::alertCount() const { return proxy_->rowCount(); }

void AlertsView::exportTo(const QString& path) { emit exportRequested(path, visibleAlerts()); }

void AlertsView::onCurrentChanged() {
    updateActions();
    showDetail();
    const auto a = currentAlert();
    if (!a) return;
    if (a->alert.id > 0) emit trailRequested(a->alert.id);
    emit tradesRequested(*a);
    if (!quiet_) emit alertChosen(*a);
}

void AlertsView::updateActions() {
    const auto a = currentAlert();
    const std::optional<AlertStatus> status = a ? alertStatusFrom(a->alert.status) : std::nullopt;
    const bool stored = a && a->alert.id > 0;  // a replay's alerts are only shown, not stored
    const auto setMove = [&](QPushButton* button, AlertStatus to) {
        // The button names the move from where the alert is, e.g. "Reopen" for a closed alert.
        const AlertStatus from = status.value_or(AlertStatus::New);
        button->setText(moveDisplayName(canMove(from, to) ? from : AlertStatus::New, to));
        button->setEnabled(stored && status && canMove(from, to));
    };
    setMove(review_, AlertStatus::UnderReview);
    setMove(escalate_, AlertStatus::Escalated);
    setMove(close_, AlertStatus::Closed);
    addNote_->setEnabled(stored && !note_->text().trimmed().isEmpty());
    export_->setEnabled(proxy_->rowCount() > 0);
    const QString shown = tr("%1 of %n alert(s)", nullptr, model_->rowCount()).arg(proxy_->rowCount());
    count_->setText(caption_.isEmpty() ? shown : QStringLiteral("%1 · %2").arg(caption_, shown));
}

void AlertsView::requestMove(AlertStatus to) {
    const auto a = currentAlert();
    if (!a) return;
    emit moveRequested(a->alert.id, to, note_->text().trimmed());
    note_->clear();
}

void AlertsView::showDetail() {
    const auto current = currentAlert();
    if (!current) {
        detail_->setHtml(model_->rowCount() ? tr("<p>Choose an alert to see its evidence and history.</p>")
                                            : tr("<p>No alerts. Run rules from the <b>Rules</b> menu.</p>"));
        return;
    }
    const Alert& a = current->alert;
    QString html =
        QStringLiteral("<p><b style='color:%1'>%2</b> · %3 · <b>%4</b> · %5 → %6</p><p>%7</p>")
            .arg(severityColor(a.severity).name(), severityDisplayName(a.severity), statusDisplayName(a.status),
                 fromStd(current->institutionCode).toHtmlEscaped(), fromStd(a.day.toString()),
                 fromStd(a.endDay.toString()), fromStd(a.message).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>")
                .arg(tr("Evidence on %1 (rule %2, version %3)")
                         .arg(fromStd(a.day.toString()), fromStd(current->rule).toHtmlEscaped())
                         .arg(current->ruleVersion));
    for (const auto& [name, value] : a.evidence) {
        const QString label = name == "value" ? tr("the rule's value") : featureDisplayName(name);
        html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
                    .arg(label.toHtmlEscaped(), formatEvidence(name, value));
    }
    html += QStringLiteral("</table>");
    if (trailOf_ == a.id && !trail_.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("History"));
        for (const AlertAction& x : trail_) {
            QString what;
            switch (x.kind) {
                case AlertActionKind::Status:
                    what = tr("moved it from %1 to %2").arg(statusDisplayName(*x.from), statusDisplayName(*x.to));
                    break;
                case AlertActionKind::Note:
                    what = tr("noted");
                    break;
                case AlertActionKind::Undo:
                    what = x.to ? tr("undid a move, back to %1").arg(statusDisplayName(*x.to)) : tr("withdrew a note");
                    break;
            }
            html += QStringLiteral("<li>%1 · <b>%2</b> %3").arg(fromStd(x.at), fromStd(x.who).toHtmlEscaped(), what);
            if (!x.note.empty()) html += QStringLiteral(": <i>%1</i>").arg(fromStd(x.note).toHtmlEscaped());
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    detail_->setHtml(html);
}

}  // namespace eagle
