// The rule editor, offscreen: highlighting follows the real lexer (features, aliases, functions,
// keywords, unknown names), completion offers feature names and Chinese aliases, validation shows
// the parser's line, column and hint; with a workspace, saving makes versions with author and
// time, switching on and off and saving are undoable, and the shadow-mode backtest counts the
// episodes an independent count over the stored feature finds, without storing anything.

#include "JobRunner.h"
#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "RuleEditorController.h"
#include "RuleEditorView.h"
#include "RuleHighlighter.h"
#include "RuleTextEdit.h"
#include "ScenarioCatalog.h"
#include "ShadowRun.h"
#include "WorkspaceFile.h"

#include <QCompleter>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace eagle;

namespace {

// The format the highlighter gave the character at `column` (0-based) of a line.
QTextCharFormat formatAt(const QTextBlock& block, int column) {
    for (const QTextLayout::FormatRange& r : block.layout()->formats())
        if (column >= r.start && column < r.start + r.length) return r.format;
    return {};
}

bool sameLook(const QTextCharFormat& a, const QTextCharFormat& b) {
    return a.foreground() == b.foreground() && a.underlineStyle() == b.underlineStyle() &&
           a.fontWeight() == b.fontWeight();
}

}  // namespace

class TestRuleEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void highlightsAsTheLexerReads();
    void completesFeatureNamesAndAliases();
    void validatesLive();
    void savesVersionsAndUndoes();
    void backtestsInShadowMode();
    void actsOnlyOnTheRulesOfTheWorkspaceOpened();
    void showsRuleNamesWhole();
    void showsBacktestResultsWithoutScrollingSideways();

private:
    QTemporaryDir dir_;
    std::string workspace_;
    JobRunner jobs_;
    QUndoStack undo_;
    RuleEditorView view_;
    RuleEditorController* controller_ = nullptr;
};

void TestRuleEditor::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue("analyst/name", "editor-test");
    workspace_ = dir_.filePath("editor.eagle").toStdString();
    SimulatorConfig config{40, 90, 5};
    config.scenarios = parseScenarioList("all");
    createWorkspace(workspace_, [&](Store& s) {
        MarketSimulator(config).run(s);
        computeProfiles(s);
    });
    controller_ = new RuleEditorController(jobs_, undo_, this);
    connect(controller_, &RuleEditorController::catalogReady, &view_, &RuleEditorView::setCatalog);
    connect(controller_, &RuleEditorController::rulesReady, &view_, &RuleEditorView::setRules);
    connect(controller_, &RuleEditorController::versionsReady, &view_, &RuleEditorView::setVersions);
    connect(controller_, &RuleEditorController::shadowRunReady, &view_, &RuleEditorView::setShadowRun);
    connect(&view_, &RuleEditorView::ruleChosen, controller_, &RuleEditorController::requestVersions);
    connect(&view_, &RuleEditorView::saveRequested, controller_, &RuleEditorController::save);
    connect(&view_, &RuleEditorView::enableRequested, controller_, &RuleEditorController::setEnabled);
    connect(&view_, &RuleEditorView::backtestRequested, controller_, &RuleEditorController::backtest);
    QSignalSpy loaded(controller_, &RuleEditorController::rulesReady);
    controller_->setWorkspace(QString::fromStdString(workspace_));
    QVERIFY(loaded.wait(10000));  // the catalog comes first, with the rules
    view_.resize(1100, 700);
    view_.show();
}

void TestRuleEditor::highlightsAsTheLexerReads() {
    view_.setText(
        QString::fromUtf8("# 注释 comment\n"
                          "规则 \"r\" 级别 高 当 mean(隔夜融资占比, 5) > 0.9 且 overnite_share > 1 提示 \"m\"\n"));
    const QTextBlock comment = view_.editor().document()->findBlockByNumber(0);
    const QTextBlock rule = view_.editor().document()->findBlockByNumber(1);
    using K = RuleHighlighter::Kind;
    QVERIFY(sameLook(formatAt(comment, 3), RuleHighlighter::formatOf(K::Comment)));
    const QString line = rule.text();
    QVERIFY(sameLook(formatAt(rule, 0), RuleHighlighter::formatOf(K::Keyword)));  // 规则
    QVERIFY(sameLook(formatAt(rule, line.indexOf(QString::fromUtf8("高"))), RuleHighlighter::formatOf(K::Severity)));
    QVERIFY(sameLook(formatAt(rule, line.indexOf("mean")), RuleHighlighter::formatOf(K::Function)));
    QVERIFY(sameLook(formatAt(rule, line.indexOf(QString::fromUtf8("隔夜融资占比")) + 5),
                     RuleHighlighter::formatOf(K::Feature)));
    QVERIFY(sameLook(formatAt(rule, line.indexOf("0.9")), RuleHighlighter::formatOf(K::Number)));
    QVERIFY(sameLook(formatAt(rule, line.indexOf("\"m\"")), RuleHighlighter::formatOf(K::Text)));
    // The unknown name is underlined, and the parser's problem at it carries the message.
    const QTextCharFormat unknown = formatAt(rule, line.indexOf("overnite_share") + 3);
    QCOMPARE(unknown.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(unknown.toolTip().contains("did you mean overnight_share?"));
}

void TestRuleEditor::completesFeatureNamesAndAliases() {
    RuleTextEdit& e = view_.editor();
    QVERIFY(e.completionsFor("overn").contains("overnight_share"));
    QVERIFY(e.completionsFor(QString::fromUtf8("隔夜")).contains(QString::fromUtf8("隔夜融资占比")));
    const QStringList cou = e.completionsFor("cou");
    QVERIFY(cou.contains("count_days") && cou.contains("counterparties"));
    QVERIFY(e.completionsFor("zzz").isEmpty());
    // Typing a prefix opens the popup; Enter takes the first offer.
    e.setPlainText("rule \"x\" severity low when ");
    e.moveCursor(QTextCursor::End);
    e.setFocus();
    QTest::keyClicks(&e, "overnight_sh");
    QTRY_VERIFY(e.completer()->popup()->isVisible());
    QCOMPARE(e.completer()->currentCompletion(), QStringLiteral("overnight_share"));
    QTest::keyClick(e.completer()->popup(), Qt::Key_Return);
    QVERIFY(e.toPlainText().endsWith("when overnight_share"));
}

void TestRuleEditor::validatesLive() {
    auto* save = view_.findChild<QPushButton*>("saveRuleButton");
    view_.setText("rule \"x\" severity high\n  when overnite_share > 0.9 message \"m\"\n");
    QCOMPARE(view_.problems(),
             QStringList{"line 2, column 8: unknown feature 'overnite_share' (did you mean overnight_share?)"});
    QVERIFY(!save->isEnabled());
    // Fixing it by typing: validated once typing pauses.
    RuleTextEdit& e = view_.editor();
    QTextCursor c = e.document()->find("overnite");
    c.insertText("overnight");
    QTRY_VERIFY(view_.problems().isEmpty());
    QVERIFY(save->isEnabled());
}

void TestRuleEditor::savesVersionsAndUndoes() {
    QSignalSpy rules(controller_, &RuleEditorController::rulesReady);
    view_.setText("rule \"watch\" severity medium when overnight_share > 0.95 message \"{overnight_share}\"");
    QTest::mouseClick(view_.findChild<QPushButton*>("saveRuleButton"), Qt::LeftButton);
    const auto stored = [&] {
        Store store = Store::openReadOnly(workspace_);
        return RuleStore(store).versions("watch");
    };
    QCOMPARE(stored().size(), std::size_t(1));
    QCOMPARE(stored()[0].author, std::string("editor-test"));
    QVERIFY(!stored()[0].enabled);  // new rules start switched off until backtested
    auto* list = view_.findChild<QTableWidget*>("ruleList");
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 0)->checkState(), Qt::Unchecked);

    // Switch on from the list, edit and save: version 2, still on.
    list->item(0, 0)->setCheckState(Qt::Checked);
    QVERIFY(stored()[0].enabled);
    view_.chooseRule("watch");
    view_.setText("rule \"watch\" severity medium when overnight_share > 0.9 message \"{overnight_share}\"");
    QTest::mouseClick(view_.findChild<QPushButton*>("saveRuleButton"), Qt::LeftButton);
    QCOMPARE(stored().size(), std::size_t(2));
    QCOMPARE(stored()[0].version, 2);
    QVERIFY(stored()[0].enabled);
    auto* versions = view_.findChild<QTableWidget*>("versionTable");
    QCOMPARE(versions->rowCount(), 2);
    QCOMPARE(versions->item(0, 1)->text(), QStringLiteral("editor-test"));
    QCOMPARE(versions->item(0, 2)->text().size(), 20);  // e.g. 2026-11-28T09:30:00Z
    // Saving the same text again changes nothing and adds nothing to undo.
    const int commands = undo_.count();
    QTest::mouseClick(view_.findChild<QPushButton*>("saveRuleButton"), Qt::LeftButton);
    QCOMPARE(undo_.count(), commands);

    undo_.undo();  // the edit: no alert points at version 2, so it goes
    QCOMPARE(stored().size(), std::size_t(1));
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("1"));
    undo_.undo();  // switching on
    QVERIFY(!stored()[0].enabled);
    QCOMPARE(list->item(0, 0)->checkState(), Qt::Unchecked);
    undo_.redo();
    undo_.redo();
    QCOMPARE(stored().size(), std::size_t(2));
    QVERIFY(stored()[0].enabled);
}

void TestRuleEditor::backtestsInShadowMode() {
    const char* text = "rule \"big\" severity high when net_borrowing > 1e9 message \"{net_borrowing}\"";
    view_.setText(text);
    QSignalSpy done(controller_, &RuleEditorController::shadowRunReady);
    QTest::mouseClick(view_.findChild<QPushButton*>("backtestButton"), Qt::LeftButton);
    QVERIFY(done.wait(30000));
    // An independent count of the episodes: runs of consecutive days above 1e9 in the stored feature.
    Store store = Store::openReadOnly(workspace_);
    ResultStore results(store);
    const auto run = results.latestRun(kProfileRunKind);
    std::int64_t feature = 0;
    for (const FeatureDef& d : results.featureDefs())
        if (d.name == "net_borrowing") feature = d.id;
    const FeatureMatrix m = results.featureMatrix(run->id, feature);
    int episodes = 0;
    for (std::size_t i = 0; i < m.institutions.size(); ++i)
        for (std::size_t d = 0; d < m.days.size(); ++d)
            if (m.at(i, d) > 1e9 && (d == 0 || !(m.at(i, d - 1) > 1e9))) ++episodes;
    QVERIFY(episodes > 0);
    auto* perRule = view_.findChild<QTableWidget*>("backtestTable");
    auto* alerts = view_.findChild<QTableWidget*>("shadowAlertTable");
    QCOMPARE(perRule->rowCount(), 1);
    QCOMPARE(perRule->item(0, 1)->text().toInt(), episodes);
    QCOMPARE(alerts->rowCount(), episodes);
    // Every alert either caught an event or is a false alarm, as the per-rule row counts them.
    int falseAlarms = 0;
    for (int row = 0; row < alerts->rowCount(); ++row) falseAlarms += alerts->item(row, 4)->text() == "false alarm";
    QCOMPARE(perRule->item(0, 4)->text().toInt(), falseAlarms);
    // Shadow mode stores nothing: no rule named "big", no rules run.
    QVERIFY(RuleStore(store).versions("big").empty());
    QVERIFY(!results.latestRun("rules"));
}

void TestRuleEditor::actsOnlyOnTheRulesOfTheWorkspaceOpened() {
    // Opening a workspace loads its rules in the background. Meanwhile the list is empty (nothing
    // listed from the previous workspace can be switched in this one) and a save is refused with a
    // message, not lost: it can be made once the rules are there.
    auto* list = view_.findChild<QTableWidget*>("ruleList");
    QVERIFY(list->rowCount() > 0);
    QSignalSpy rules(controller_, &RuleEditorController::rulesReady);
    QSignalSpy failed(controller_, &RuleEditorController::failed);
    controller_->setWorkspace(QString::fromStdString(workspace_));
    QCOMPARE(rules.count(), 1);
    QCOMPARE(list->rowCount(), 0);
    const auto versions = [&] {
        Store store = Store::openReadOnly(workspace_);
        return RuleStore(store).versions("later").size();
    };
    const int commands = undo_.count();
    controller_->save("rule \"later\" severity low when overnight_share > 0.99 message \"m\"");
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains("still loading"));
    QCOMPARE(undo_.count(), commands);
    QCOMPARE(versions(), std::size_t(0));
    // The refusal started the load again; the list fills, and the same save now goes through.
    QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);
    controller_->save("rule \"later\" severity low when overnight_share > 0.99 message \"m\"");
    QCOMPARE(versions(), std::size_t(1));
    QCOMPARE(undo_.count(), commands + 1);
}

// Rules are picked by name: in an editor of ordinary width the list shows long names whole (was:
// "concentration_ju..."), and each name's tooltip has it in full.
void TestRuleEditor::showsRuleNamesWhole() {
    RuleEditorView view;
    view.resize(1100, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    std::vector<StoredRule> rules;
    // More rules than the list has room for, so that its scroll bar takes its share of the width.
    std::vector<std::string> names{"concentration_jump_in_counterparties", "bond_parking", "persistent_top_borrower"};
    for (int k = 0; k < 30; ++k) names.push_back("rule_" + std::to_string(k));
    for (const std::string& name : names) {
        StoredRule rule;
        rule.name = name;
        rule.severity = "low";
        rule.text = "rule \"" + name + "\" severity low when overnight_share > 0.9 message \"x\"";
        rules.push_back(rule);
    }
    view.setRules(rules);
    auto* list = view.findChild<QTableWidget*>("ruleList");
    const QAbstractItemView* items = list;  // sizeHintForColumn is public there
    QTRY_VERIFY(list->verticalScrollBar()->isVisible());
    QTRY_VERIFY(list->columnWidth(1) >= items->sizeHintForColumn(1));
    QVERIFY(list->width() <= view.width() / 2);  // the editor keeps most of the width
    QCOMPARE(list->item(0, 1)->toolTip(), QStringLiteral("concentration_jump_in_counterparties"));
}

// The backtest's tables share a narrow dock with the editor. They used to scroll sideways with
// the message out of view. Now the short columns are whole, a long rule name takes at most 30%
// of the width, and the message has the rest: elided, whole in its tooltip.
void TestRuleEditor::showsBacktestResultsWithoutScrollingSideways() {
    RuleEditorView view;
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString rule = QStringLiteral("counterparties_withdraw_from_a_hub");
    // The rule list beside them takes its share of the width, as in the workstation.
    std::vector<StoredRule> rules;
    for (const char* name : {"counterparties_withdraw_from_a_hub", "bond_parking", "persistent_top_borrower"}) {
        StoredRule stored;
        stored.name = name;
        stored.severity = "medium";
        stored.text = std::string("rule \"") + name + "\" severity medium when overnight_share > 0.9 message \"x\"";
        rules.push_back(stored);
    }
    view.setRules(rules);
    ShadowRun run;
    run.institutions = 40;
    run.days = 90;
    RuleBacktestRow row;
    row.rule = rule.toStdString();
    row.alerts = 30;
    row.hits = 4;
    row.falseAlarms = 26;
    row.medianLeadDays = 3;
    run.report.rules.push_back(row);
    for (int k = 0; k < 30; ++k)
        run.alerts.push_back({rule, QStringLiteral("JSB%1").arg(k, 3, 10, QLatin1Char('0')),
                              Date::fromYmd(2025, 3, 1).addDays(k), Date::fromYmd(2025, 3, 1).addDays(k + 5), k % 7 == 0,
                              QStringLiteral("JSB%1: large bond purchases reversed within 15 days, eight times the "
                                             "usual size; counterparties withdrew from the hub")
                                  .arg(k)});
    view.setShadowRun(run);
    auto* perRule = view.findChild<QTableWidget*>("backtestTable");
    auto* alerts = view.findChild<QTableWidget*>("shadowAlertTable");
    QVERIFY(perRule->isVisible() && alerts->isVisible());
    auto* list = view.findChild<QTableWidget*>("ruleList");
    QTRY_VERIFY(list->width() >= 0.25 * view.width());
    const QAbstractItemView* items = alerts;  // sizeHintForColumn is public there
    const auto fitted = [&] {
        return alerts->horizontalScrollBar()->maximum() == 0 && perRule->horizontalScrollBar()->maximum() == 0 &&
               alerts->columnWidth(2) >= items->sizeHintForColumn(2);
    };
    QTRY_VERIFY(fitted());
    for (int column = 1; column <= 4; ++column)
        QVERIFY2(alerts->columnWidth(column) >= std::max(items->sizeHintForColumn(column),
                                                         alerts->horizontalHeader()->sectionSizeHint(column)),
                 qPrintable(QString::number(column)));
    QVERIFY(alerts->isColumnHidden(0));  // one rule: named in the table above
    QVERIFY(alerts->columnWidth(5) >= 0.3 * alerts->viewport()->width());  // the message keeps room
    QCOMPARE(alerts->item(0, 5)->toolTip(), alerts->item(0, 5)->text());
    QCOMPARE(perRule->item(0, 0)->toolTip(), rule);

    // A backtest of several rules names each alert's rule. The columns then do not all fit whole
    // (here, in English): the widest give way, and the table still does not scroll sideways.
    run.report.rules.push_back(run.report.rules.front());
    run.report.rules.back().rule = "bond_parking";
    run.alerts.back().rule = QStringLiteral("bond_parking");
    view.setShadowRun(run);
    QVERIFY(!alerts->isColumnHidden(0));
    QTRY_VERIFY(alerts->horizontalScrollBar()->maximum() == 0 && alerts->columnWidth(0) > 0 &&
                alerts->columnWidth(0) <= items->sizeHintForColumn(0) &&
                alerts->columnWidth(5) >= 0.3 * alerts->viewport()->width() - 1);
    QCOMPARE(alerts->item(0, 0)->toolTip(), alerts->item(0, 0)->text());
}

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
