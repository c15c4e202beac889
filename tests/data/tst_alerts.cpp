// The alert workflow as stored: only the documented moves are allowed, every status change and
// note is in the audit trail with who and when, undo is an action of its own and refuses once the
// alert has moved on; the CSV export reads back as written.

#include "AlertCsv.h"
#include "AlertStore.h"
#include "AlertTrades.h"
#include "ResultStore.h"
#include "Schema.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace eagle;

namespace {

// A workspace with two institutions and one rules run of three alerts.
struct Fixture {
    Store store;
    RunId run;
    std::vector<std::int64_t> alerts;

    explicit Fixture(const std::string& path) : store(Store::create(path)) {
        Institution a;
        a.code = "CCB001";
        a.name = "Bank A";
        Institution b = a;
        b.code = "FND002";
        b.name = "Fund B";
        const InstitutionId ia = store.add(a), ib = store.add(b);
        RuleStore rules(store);
        const std::int64_t squeeze = rules.saveRule("squeeze", "rule \"squeeze\" ...", "high", "author");
        const std::int64_t ring = rules.saveRule("环形交易", "规则 \"环形交易\" ...", "medium", "author");
        run = ResultStore(store).beginRun("rules", "");
        const auto add = [&](std::int64_t rule, InstitutionId who, Date day, const char* severity, const char* msg) {
            Alert x;
            x.run = run;
            x.ruleId = rule;
            x.institution = who;
            x.day = day;
            x.endDay = day.addDays(2);
            x.severity = severity;
            x.message = msg;
            x.evidence = {{"overnight_share", 0.93}, {"value", std::nan("")}};
            alerts.push_back(rules.addAlert(x));
        };
        add(squeeze, ia, Date::fromYmd(2025, 3, 4), "high", "CCB001: overnight 93%, \"watch\"");
        add(ring, ib, Date::fromYmd(2025, 2, 3), "medium", "FND002 环形交易, 3 legs");
        add(squeeze, ib, Date::fromYmd(2025, 3, 5), "high", "FND002: overnight 91%");
        ResultStore(store).finishRun(run, "done");
    }
};

}  // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private slots:
    void workflowMoves_data();
    void workflowMoves();
    void statusChangesAndNotesAreAudited();
    void undoRevertsAndIsRecorded();
    void recordsJoinRuleAndInstitution();
    void csvExportReadsBack();
    void csvExportToAnUnwritablePlaceFailsCleanly();
    void tradesBehindAnAlert();
    void statusCarriesOverToTheNextRun();

private:
    test::TestWorkspace dir_;
};

void TestAlerts::workflowMoves_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("new -> under_review") << "new"
                                         << "under_review" << true;
    QTest::newRow("new -> escalated") << "new"
                                      << "escalated" << false;
    QTest::newRow("new -> closed") << "new"
                                   << "closed" << false;
    QTest::newRow("under_review -> escalated") << "under_review"
                                               << "escalated" << true;
    QTest::newRow("under_review -> closed") << "under_review"
                                            << "closed" << true;
    QTest::newRow("under_review -> new") << "under_review"
                                         << "new" << false;
    QTest::newRow("escalated -> closed") << "escalated"
                                         << "closed" << true;
    QTest::newRow("escalated -> under_review") << "escalated"
                                               << "under_review" << true;
    QTest::newRow("closed -> under_review (reopen)") << "closed"
                                                     << "under_review" << true;
    QTest::newRow("closed -> escalated") << "closed"
                                         << "escalated" << false;
    QTest::newRow("closed -> new") << "closed"
                                   << "new" << false;
}

void TestAlerts::workflowMoves() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const auto f = alertStatusFrom(from.toStdString());
    const auto t = alertStatusFrom(to.toStdString());
    QVERIFY(f && t);
    QCOMPARE(nameOf(*f), std::string_view(from.toStdString()));
    QCOMPARE(canMove(*f, *t), allowed);
    QVERIFY(!canMove(*f, *f));  // staying put is not a move
}

void TestAlerts::statusChangesAndNotesAreAudited() {
    Fixture fx(dir_.path("audit.eagle"));
    QCOMPARE(schema::versionOf(fx.store.database()), schema::latestVersion());
    AlertStore alerts(fx.store);
    const std::int64_t id = fx.alerts[0];
    QCOMPARE(alerts.status(id), AlertStatus::New);

    // A move the workflow does not allow is refused, naming the allowed ones, and changes nothing.
    try {
        alerts.changeStatus(id, AlertStatus::Closed, "wang", "");
        QFAIL("new -> closed was accepted");
    } catch (const StoreError& e) {
        QCOMPARE(std::string(e.what()),
                 "alert " + std::to_string(id) + " is new and cannot move to closed (from new: under_review)");
    }
    QCOMPARE(alerts.status(id), AlertStatus::New);
    QVERIFY(alerts.history(id).empty());

    alerts.changeStatus(id, AlertStatus::UnderReview, "wang", "");
    alerts.addNote(id, "wang", "funding moved to overnight after the rating cut");
    alerts.changeStatus(id, AlertStatus::Escalated, "li", "sent to the on-site team");
    QVERIFY_THROWS_EXCEPTION(StoreError, alerts.addNote(id, "li", "  \n"));
    QVERIFY_THROWS_EXCEPTION(StoreError, alerts.addNote(999999, "li", "no such alert"));

    QCOMPARE(alerts.status(id), AlertStatus::Escalated);
    const auto trail = alerts.history(id);
    QCOMPARE(trail.size(), std::size_t(3));
    QCOMPARE(trail[0].kind, AlertActionKind::Status);
    QCOMPARE(trail[0].who, std::string("wang"));
    QVERIFY(trail[0].from == AlertStatus::New && trail[0].to == AlertStatus::UnderReview);
    QCOMPARE(trail[1].kind, AlertActionKind::Note);
    QCOMPARE(trail[1].note, std::string("funding moved to overnight after the rating cut"));
    QVERIFY(!trail[1].from && !trail[1].to);
    QCOMPARE(trail[2].who, std::string("li"));
    QCOMPARE(trail[2].note, std::string("sent to the on-site team"));
    // When: UTC ISO 8601 to the second, e.g. 2026-11-28T09:30:00Z.
    QCOMPARE(trail[2].at.size(), std::size_t(20));
    QCOMPARE(trail[2].at.back(), 'Z');
    QCOMPARE(trail[2].at[10], 'T');
    // The other alerts are untouched.
    QCOMPARE(alerts.status(fx.alerts[1]), AlertStatus::New);
    QVERIFY(alerts.history(fx.alerts[1]).empty());
    QCOMPARE(fx.store.foreignKeyViolations(), std::int64_t(0));
}

void TestAlerts::undoRevertsAndIsRecorded() {
    Fixture fx(dir_.path("undo.eagle"));
    AlertStore alerts(fx.store);
    const std::int64_t id = fx.alerts[1];
    const std::int64_t review = alerts.changeStatus(id, AlertStatus::UnderReview, "wang", "");
    const std::int64_t note = alerts.addNote(id, "wang", "first look: ring of three");
    alerts.addNote(id, "wang", "second look");

    alerts.undo(note, "wang");  // withdrawn: gone from the notes, still in the trail
    const auto notes = alerts.notes(id);
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes[0].note, std::string("second look"));
    QVERIFY_THROWS_EXCEPTION(StoreError, alerts.undo(note, "wang"));  // only once

    const std::int64_t close = alerts.changeStatus(id, AlertStatus::Closed, "li", "benign: market making");
    // The review cannot be undone while the alert is closed: it has moved on.
    QVERIFY_THROWS_EXCEPTION(StoreError, alerts.undo(review, "li"));
    const std::int64_t undoClose = alerts.undo(close, "li");
    QCOMPARE(alerts.status(id), AlertStatus::UnderReview);
    QVERIFY_THROWS_EXCEPTION(StoreError, alerts.undo(undoClose, "li"));  // an undo is not undone
    alerts.undo(review, "li");
    QCOMPARE(alerts.status(id), AlertStatus::New);

    const auto trail = alerts.history(id);
    QCOMPARE(trail.size(), std::size_t(7));
    QCOMPARE(trail[3].kind, AlertActionKind::Undo);
    QCOMPARE(trail[3].undoes, note);
    QCOMPARE(trail[5].kind, AlertActionKind::Undo);
    QCOMPARE(trail[5].undoes, close);
    QVERIFY(trail[5].from == AlertStatus::Closed && trail[5].to == AlertStatus::UnderReview);
    QVERIFY(trail[6].from == AlertStatus::UnderReview && trail[6].to == AlertStatus::New);
}

void TestAlerts::recordsJoinRuleAndInstitution() {
    Fixture fx(dir_.path("records.eagle"));
    const auto records = AlertStore(fx.store).records(fx.run);
    QCOMPARE(records.size(), std::size_t(3));
    // By day: the February ring first.
    QCOMPARE(records[0].rule, std::string("环形交易"));
    QCOMPARE(records[0].institutionCode, std::string("FND002"));
    QCOMPARE(records[0].alert.day, Date::fromYmd(2025, 2, 3));
    QCOMPARE(records[1].rule, std::string("squeeze"));
    QCOMPARE(records[1].ruleVersion, 1);
    QCOMPARE(records[1].institutionCode, std::string("CCB001"));
    QCOMPARE(records[1].alert.evidence.size(), std::size_t(2));
    QCOMPARE(records[1].alert.evidence[0].second, 0.93);
    QVERIFY(std::isnan(records[1].alert.evidence[1].second));
}

void TestAlerts::csvExportReadsBack() {
    Fixture fx(dir_.path("csv.eagle"));
    AlertStore alerts(fx.store);
    alerts.changeStatus(fx.alerts[0], AlertStatus::UnderReview, "wang", "");
    auto records = alerts.records(fx.run);
    std::reverse(records.begin(), records.end());  // the order given is the order written
    const std::string path = dir_.path("alerts.csv");
    writeAlertsCsv(path, records);
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".partial")));
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    const std::string expected =
        "\xEF\xBB\xBF"
        "alert_id,day,end_day,severity,status,rule,rule_version,institution,message,evidence\n" +
        std::to_string(fx.alerts[2]) +
        ",2025-03-05,2025-03-07,high,new,squeeze,1,FND002,FND002: overnight 91%,"
        "\"{\"\"overnight_share\"\":0.93,\"\"value\"\":null}\"\n" +
        std::to_string(fx.alerts[0]) +
        ",2025-03-04,2025-03-06,high,under_review,squeeze,1,CCB001,\"CCB001: overnight 93%, \"\"watch\"\"\","
        "\"{\"\"overnight_share\"\":0.93,\"\"value\"\":null}\"\n" +
        std::to_string(fx.alerts[1]) +
        ",2025-02-03,2025-02-05,medium,new,环形交易,1,FND002,\"FND002 环形交易, 3 legs\","
        "\"{\"\"overnight_share\"\":0.93,\"\"value\"\":null}\"\n";
    QCOMPARE(s.str(), expected);
}

void TestAlerts::csvExportToAnUnwritablePlaceFailsCleanly() {
    Fixture fx(dir_.path("csvfail.eagle"));
    const std::string path = dir_.path("no-such-folder/alerts.csv");
    try {
        writeAlertsCsv(path, AlertStore(fx.store).records(fx.run));
        QFAIL("wrote into a missing folder");
    } catch (const StoreError& e) {
        QCOMPARE(std::string(e.what()), path + ": cannot write");
    }
}

void TestAlerts::statusCarriesOverToTheNextRun() {
    Fixture fx(dir_.path("carry.eagle"));
    AlertStore alerts(fx.store);
    RuleStore rules(fx.store);
    alerts.changeStatus(fx.alerts[0], AlertStatus::UnderReview, "wang", "");
    alerts.addNote(fx.alerts[0], "wang", "asked the bank for its funding plan");
    const std::int64_t withdrawn = alerts.addNote(fx.alerts[0], "wang", "typo");
    alerts.undo(withdrawn, "wang");
    alerts.changeStatus(fx.alerts[2], AlertStatus::UnderReview, "li", "");
    alerts.changeStatus(fx.alerts[2], AlertStatus::Closed, "li", "explained: quarter-end window dressing");

    // The next run raises the first alert again (a new version of the same rule), the third
    // on another day, and a new one.
    const auto old = rules.alerts(fx.run);
    const std::int64_t squeeze2 = rules.saveRule("squeeze", "rule \"squeeze\" v2", "high", "author");
    const RunId next = ResultStore(fx.store).beginRun("rules", "");
    const auto again = [&](const Alert& from, Date day) {
        Alert x = from;
        x.run = next;
        x.ruleId = squeeze2;
        x.day = day;
        x.status = "new";
        return rules.addAlert(x);
    };
    const std::int64_t same = again(old[1], old[1].day);  // ordered by day: old[1] is fx.alerts[0]
    const std::int64_t moved = again(old[2], old[2].day.addDays(1));
    const std::int64_t closedAgain = again(old[2], old[2].day);
    QCOMPARE(old[1].id, fx.alerts[0]);
    QCOMPARE(old[2].id, fx.alerts[2]);
    QCOMPARE(alerts.carryOver(next, "runner"), 2);

    QCOMPARE(alerts.status(same), AlertStatus::UnderReview);
    const auto trail = alerts.history(same);
    QCOMPARE(trail.size(), std::size_t(2));
    QCOMPARE(trail[0].kind, AlertActionKind::Status);
    QVERIFY(trail[0].from == AlertStatus::New && trail[0].to == AlertStatus::UnderReview);
    QCOMPARE(trail[0].who, std::string("runner"));
    QCOMPARE(trail[0].note, "carried over from alert " + std::to_string(fx.alerts[0]));
    QCOMPARE(trail[1].kind, AlertActionKind::Note);  // the standing note, not the withdrawn one
    QCOMPARE(trail[1].who, std::string("wang"));
    QCOMPARE(trail[1].note, std::string("asked the bank for its funding plan"));
    QCOMPARE(trail[1].at, alerts.notes(fx.alerts[0]).front().at);
    QCOMPARE(alerts.status(closedAgain), AlertStatus::Closed);
    QCOMPARE(alerts.status(moved), AlertStatus::New);  // another first day: another episode
    QVERIFY(alerts.history(moved).empty());
    // The earlier run's alerts are as they were.
    QCOMPARE(alerts.status(fx.alerts[0]), AlertStatus::UnderReview);
    QCOMPARE(alerts.history(fx.alerts[0]).size(), std::size_t(4));
}

void TestAlerts::tradesBehindAnAlert() {
    Fixture fx(dir_.path("trades.eagle"));
    const auto& ids = fx.store.institutions();
    const InstitutionId bank = ids[0].id, fund = ids[1].id;
    Institution other;
    other.code = "LB001";
    other.name = "Lender";
    const InstitutionId lender = fx.store.add(other);
    Instrument bond;
    bond.code = "CGB5Y";
    bond.kind = "government";
    const InstrumentId cgb = fx.store.add(bond);
    const Date d1 = Date::fromYmd(2025, 3, 4), d2 = Date::fromYmd(2025, 3, 5), d3 = Date::fromYmd(2025, 3, 6);
    const auto trade = [&](Product p, InstitutionId buyer, InstitutionId seller, Date day, int minute, double cny) {
        Trade t;
        t.product = p;
        t.buyer = buyer;
        t.seller = seller;
        t.day = t.settleDay = day;
        t.ts = std::int64_t(day.daysSinceEpoch()) * 86400 + 9 * 3600 + minute * 60;
        t.notionalCny = t.quantity = cny;
        if (p == Product::BondCash) t.instrument = cgb, t.price = 101.5;
        if (p == Product::Repo) t.rate = 1.8, t.tenorDays = 1;
        fx.store.add(t);
    };
    trade(Product::Repo, lender, bank, d1, 30, 5e8);    // the bank borrows
    trade(Product::BondCash, bank, fund, d2, 10, 2e8);  // the bank buys a bond from the fund
    trade(Product::Repo, bank, lender, d2, 5, 1e8);     // and lends, earlier that day
    trade(Product::Repo, lender, fund, d2, 20, 3e8);    // not the bank's
    trade(Product::Repo, lender, bank, d3, 0, 9e8);     // after the episode

    const TradesBehind all = tradesBehind(fx.store, bank, d1, d2);
    QCOMPARE(all.total, std::int64_t(3));
    QCOMPARE(all.trades.size(), std::size_t(3));
    QCOMPARE(all.trades[0].counterparty, std::string("LB001"));
    QVERIFY(!all.trades[0].cashProvider);  // borrowed
    QCOMPARE(all.trades[0].rate, 1.8);
    QCOMPARE(all.trades[1].product, Product::Repo);  // 09:05 before 09:10
    QVERIFY(all.trades[1].cashProvider);             // lent
    QCOMPARE(all.trades[2].instrument, std::string("CGB5Y"));
    QCOMPARE(all.trades[2].counterparty, std::string("FND002"));
    QVERIFY(all.trades[2].cashProvider);  // bought
    QCOMPARE(all.trades[2].price, 101.5);
    const TradesBehind first = tradesBehind(fx.store, bank, d1, d3, 2);
    QCOMPARE(first.total, std::int64_t(4));  // all counted, two shown
    QCOMPARE(first.trades.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
