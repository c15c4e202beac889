// The alerts dock with its controller, offscreen, on a simulated market: a rule file runs in the
// background and its alerts fill the table; each filter and the severity sort agree with a count
// made directly from the store; the workflow buttons move an alert, undo reverts it, and the audit
// trail in the store says who did what; notes; CSV export of what is shown; a bad rule file is
// refused with its line and column.

#include "AlertFilterModel.h"
#include "AlertStore.h"
#include "AlertTableModel.h"
#include "AlertsController.h"
#include "AlertsView.h"
#include "AuditLog.h"
#include "JobRunner.h"
#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "RuleRunner.h"
#include "WorkspaceFile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <fstream>
#include <set>
#include <tuple>

using namespace eagle;

class TestAlertsDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runFillsTheTable();
    void filtersAgreeWithTheStore();
    void workflowButtonsAndUndo();
    void notesAndExport();
    void badRuleFileIsRefused();
    void replayFillsTheFeedDayByDay();

private:
    std::vector<AlertRecord> stored();
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }
    QTemporaryDir dir_;
    std::string workspace_;
    JobRunner jobs_;
    QUndoStack undo_;
    AlertsView view_;
    AlertsController* controller_ = nullptr;
};

// Rules that fire often on any market, so the table has alerts of every severity.
const char* const kRules = R"(
rule "busy" severity low when money_volume > 0 message "{institution} trades"
rule "borrower" severity high when net_borrowing > 1e9 message "net borrowing {net_borrowing}"
规则 "集中" 级别 中 当 counterparty_hhi > 0.5 提示 "集中度 {counterparty_hhi}"
)";

void TestAlertsDock::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue("analyst/name", "tester");
    workspace_ = path("dock.eagle");
    createWorkspace(workspace_, [](Store& s) {
        MarketSimulator({30, 40, 7}).run(s);
        computeProfiles(s);
    });
    std::ofstream(path("dock.rules")) << kRules;
    controller_ = new AlertsController(jobs_, undo_, this);
    connect(controller_, &AlertsController::alertsReady, &view_, &AlertsView::setAlerts);
    connect(controller_, &AlertsController::statusChanged, &view_, &AlertsView::setAlertStatus);
    connect(controller_, &AlertsController::trailReady, &view_, &AlertsView::setTrail);
    connect(&view_, &AlertsView::trailRequested, controller_, &AlertsController::requestTrail);
    connect(&view_, &AlertsView::tradesRequested, controller_, &AlertsController::requestTrades);
    connect(controller_, &AlertsController::tradesReady, &view_, &AlertsView::setTrades);
    connect(controller_, &AlertsController::replayStarted, &view_,
            [this](const QString& caption) { view_.setAlerts({}, caption); });
    connect(controller_, &AlertsController::replayDay, &view_, &AlertsView::appendAlerts);
    connect(&view_, &AlertsView::moveRequested, controller_, &AlertsController::moveAlert);
    connect(&view_, &AlertsView::noteRequested, controller_, &AlertsController::addNote);
    connect(&view_, &AlertsView::exportRequested, controller_, &AlertsController::exportCsv);
    view_.resize(1000, 600);
    view_.show();
}

std::vector<AlertRecord> TestAlertsDock::stored() {
    Store store = Store::openReadOnly(workspace_);
    const auto run = ResultStore(store).latestRun(kRuleRunKind);
    return run ? AlertStore(store).records(run->id) : std::vector<AlertRecord>{};
}

void TestAlertsDock::runFillsTheTable() {
    QSignalSpy ready(controller_, &AlertsController::alertsReady);
    controller_->setWorkspace(QString::fromStdString(workspace_));
    QVERIFY(ready.wait(20000));  // no rules run yet: an empty list
    QCOMPARE(view_.alertCount(), 0);
    QVERIFY(!view_.findChild<QPushButton*>("exportButton")->isEnabled());

    controller_->runRules(QString::fromStdString(path("dock.rules")));
    QVERIFY(ready.wait(60000));
    const auto records = stored();
    QVERIFY2(records.size() > 20, QByteArray::number(qulonglong(records.size())).constData());
    QCOMPARE(view_.alertCount(), int(records.size()));
    QVERIFY(view_.findChild<QLabel*>("alertCount")->text().contains(QString::number(records.size())));
    // The latest first, and the first row is chosen.
    const auto current = view_.currentAlert();
    QVERIFY(current);
    const Date latest = std::max_element(records.begin(), records.end(), [](const auto& a, const auto& b) {
                            return a.alert.day < b.alert.day;
                        })->alert.day;
    QCOMPARE(current->alert.day, latest);
    // The trades behind it: the institution's trades on the days of the episode, as the store has them.
    Store store = Store::openReadOnly(workspace_);
    const TradesBehind trades =
        tradesBehind(store, current->alert.institution, current->alert.day, current->alert.endDay);
    QVERIFY(trades.total > 0);  // "busy" fires only on days it traded
    auto* table = view_.findChild<QTableWidget*>("alertTrades");
    QTRY_COMPARE(table->rowCount(), int(trades.trades.size()));
    QCOMPARE(table->item(0, 4)->text(), QString::fromStdString(trades.trades[0].counterparty));
}

void TestAlertsDock::filtersAgreeWithTheStore() {
    const auto records = stored();
    const auto count = [&](auto pred) { return int(std::count_if(records.begin(), records.end(), pred)); };
    auto* severity = view_.findChild<QComboBox*>("severityFilter");
    auto* rule = view_.findChild<QComboBox*>("ruleFilter");
    auto* institution = view_.findChild<QLineEdit*>("institutionFilter");
    auto* from = view_.findChild<QDateEdit*>("fromFilter");

    severity->setCurrentIndex(severity->findData("high"));
    const int high = count([](const AlertRecord& r) { return r.alert.severity == "high"; });
    QVERIFY(high > 0);
    QCOMPARE(view_.alertCount(), high);
    for (const AlertRecord& r : view_.visibleAlerts()) QCOMPARE(r.alert.severity, std::string("high"));
    severity->setCurrentIndex(0);

    rule->setCurrentIndex(rule->findData(QString::fromUtf8("集中")));
    QCOMPARE(view_.alertCount(), count([](const AlertRecord& r) { return r.rule == "集中"; }));
    QVERIFY(view_.alertCount() > 0);
    rule->setCurrentIndex(0);

    const std::string code = records.front().institutionCode;
    institution->setText(QString::fromStdString(code).toLower());  // any case, any part
    QCOMPARE(view_.alertCount(), count([&](const AlertRecord& r) { return r.institutionCode == code; }));
    institution->clear();

    // Days: from the median alert day on.
    std::vector<Date> days;
    for (const auto& r : records) days.push_back(r.alert.day);
    std::sort(days.begin(), days.end());
    const Date mid = days[days.size() / 2];
    from->setDate(QDate(mid.year(), int(mid.month()), int(mid.day())));
    QCOMPARE(view_.alertCount(), count([&](const AlertRecord& r) { return r.alert.day >= mid; }));
    from->setDate(from->minimumDate());
    QCOMPARE(view_.alertCount(), int(records.size()));

    // Sorted by severity, most severe first: every high before every medium before every low.
    auto* table = view_.findChild<QTableView*>("alertTable");
    table->sortByColumn(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
    const auto visible = view_.visibleAlerts();
    const auto rank = [](const std::string& s) { return s == "high" ? 3 : s == "medium" ? 2 : 1; };
    for (std::size_t i = 1; i < visible.size(); ++i)
        QVERIFY(rank(visible[i - 1].alert.severity) >= rank(visible[i].alert.severity));
    table->sortByColumn(AlertTableModel::DayColumn, Qt::DescendingOrder);
}

void TestAlertsDock::workflowButtonsAndUndo() {
    auto* review = view_.findChild<QPushButton*>("reviewButton");
    auto* escalate = view_.findChild<QPushButton*>("escalateButton");
    auto* close = view_.findChild<QPushButton*>("closeButton");
    auto* note = view_.findChild<QLineEdit*>("noteEdit");
    const AlertRecord target = *view_.currentAlert();
    QCOMPARE(target.alert.status, std::string("new"));
    // From new only review is possible.
    QVERIFY(review->isEnabled());
    QVERIFY(!escalate->isEnabled());
    QVERIFY(!close->isEnabled());

    QTest::mouseClick(review, Qt::LeftButton);
    QCOMPARE(view_.currentAlert()->alert.status, std::string("under_review"));
    QVERIFY(!review->isEnabled() && escalate->isEnabled() && close->isEnabled());
    note->setText("benign: month-end window dressing");
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(view_.currentAlert()->alert.status, std::string("closed"));
    QCOMPARE(review->text(), QStringLiteral("Reopen"));
    QVERIFY(note->text().isEmpty());  // the note went with the action

    {
        Store store = Store::openReadOnly(workspace_);
        AlertStore alerts(store);
        QCOMPARE(alerts.status(target.alert.id), AlertStatus::Closed);
        const auto trail = alerts.history(target.alert.id);
        QCOMPARE(trail.size(), std::size_t(2));
        QCOMPARE(trail[1].who, std::string("tester"));
        QCOMPARE(trail[1].note, std::string("benign: month-end window dressing"));
    }
    QCOMPARE(undo_.count(), 2);
    undo_.undo();
    QCOMPARE(view_.currentAlert()->alert.status, std::string("under_review"));
    undo_.undo();
    QCOMPARE(view_.currentAlert()->alert.status, std::string("new"));
    undo_.redo();
    QCOMPARE(view_.currentAlert()->alert.status, std::string("under_review"));
    Store store = Store::openReadOnly(workspace_);
    QCOMPARE(AlertStore(store).status(target.alert.id), AlertStatus::UnderReview);
    // review, close, undo, undo, review again: all in the trail.
    QCOMPARE(AlertStore(store).history(target.alert.id).size(), std::size_t(5));
    // The detail shows the trail.
    QVERIFY(view_.findChild<QWidget*>("alertDetail")->property("plainText").toString().contains("tester"));
}

void TestAlertsDock::notesAndExport() {
    auto* note = view_.findChild<QLineEdit*>("noteEdit");
    auto* add = view_.findChild<QPushButton*>("addNoteButton");
    const AlertRecord target = *view_.currentAlert();
    QVERIFY(!add->isEnabled());  // nothing to add yet
    note->setText(QString::fromUtf8("已电话核实：季末融资安排"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    {
        Store store = Store::openReadOnly(workspace_);
        const auto notes = AlertStore(store).notes(target.alert.id);
        QCOMPARE(notes.size(), std::size_t(1));
        QCOMPARE(notes[0].note, std::string("已电话核实：季末融资安排"));
    }
    undo_.undo();  // withdrawn
    {
        Store store = Store::openReadOnly(workspace_);
        QVERIFY(AlertStore(store).notes(target.alert.id).empty());
    }

    // Export what the filters show, in the table's order.
    auto* severity = view_.findChild<QComboBox*>("severityFilter");
    severity->setCurrentIndex(severity->findData("high"));
    const auto visible = view_.visibleAlerts();
    const QString csv = QString::fromStdString(path("high.csv"));
    view_.exportTo(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), int(visible.size()) + 2);  // header, rows, the empty tail after the last newline
    QVERIFY(lines[1].startsWith(QByteArray::number(qlonglong(visible[0].alert.id)) + ','));
    QVERIFY(lines[1].contains(",high,"));
    jobs_.waitForIdle();  // the audit entry is appended by a job of its own
    {
        Store store = Store::openReadOnly(workspace_);
        const auto audit = AuditLog(store.database()).entries();
        QVERIFY(!audit.empty());
        QCOMPARE(audit.back().action, std::string("export"));
        QCOMPARE(QString::fromStdString(audit.back().target), csv);
        QCOMPARE(audit.back().detail, "alerts: " + std::to_string(visible.size()) + " rows");
    }
    severity->setCurrentIndex(0);
}

void TestAlertsDock::badRuleFileIsRefused() {
    std::ofstream(path("bad.rules")) << "rule \"x\" severity high\n  when overnite_share > 0.9 message \"m\"\n";
    QSignalSpy failed(controller_, &AlertsController::failed);
    QSignalSpy ready(controller_, &AlertsController::alertsReady);
    const int before = view_.alertCount();
    controller_->runRules(QString::fromStdString(path("bad.rules")));
    QVERIFY(failed.wait(20000));
    const QString reason = failed.takeFirst().at(0).toString();
    QVERIFY2(reason.contains("bad.rules: line 2, column 8: unknown feature 'overnite_share' (did you mean "
                             "overnight_share?)"),
             qPrintable(reason));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(view_.alertCount(), before);
}

void TestAlertsDock::replayFillsTheFeedDayByDay() {
    // The stored rules are those of dock.rules, switched on when that file ran.
    const auto batch = stored();
    QSignalSpy days(controller_, &AlertsController::replayDay);
    QSignalSpy finished(controller_, &AlertsController::replayFinished);
    controller_->replay(0);
    QCOMPARE(view_.alertCount(), 0);  // the feed starts empty
    QVERIFY(finished.wait(60000));
    QCOMPARE(days.count(), 40);  // one delivery per business day
    QCOMPARE(finished.takeFirst().at(0).toInt(), int(batch.size()));
    // The same alerts as the batch run: rule, institution and first day.
    using Key = std::tuple<std::string, std::int64_t, std::int32_t>;
    std::multiset<Key> expected, replayed;
    for (const auto& r : batch) expected.insert({r.rule, r.alert.institution.value, r.alert.day.daysSinceEpoch()});
    for (const auto& r : view_.visibleAlerts()) {
        replayed.insert({r.rule, r.alert.institution.value, r.alert.day.daysSinceEpoch()});
        QCOMPARE(r.alert.id, std::int64_t(0));  // shown, not stored
    }
    QVERIFY(replayed == expected);
    QVERIFY(view_.findChild<QLabel*>("alertCount")->text().startsWith("Replay to "));
    // Nothing to move along: a replayed alert is not in the store.
    QVERIFY(!view_.findChild<QPushButton*>("reviewButton")->isEnabled());
}

QTEST_MAIN(TestAlertsDock)
#include "tst_alertsdock.moc"
