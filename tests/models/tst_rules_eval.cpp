// Rule evaluation against values worked out by hand on a three-institution, eight-day dataset,
// fed as arrays straight into the evaluator.

#include "FeatureCatalog.h"
#include "MessageTemplate.h"
#include "RuleEvaluator.h"
#include "RuleParser.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace eagle;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTol = 1e-9;

// Rows: institutions A, B (peer group 0) and C (peer group 1); columns: eight business days.
RuleInputs handData() {
    RuleInputs in;
    in.institutions = 3;
    in.days = 8;
    in.peerGroup = {0, 0, 1};
    const auto catalog = FeatureCatalog::profileFeatures();
    in.features.assign(catalog.names().size(), {});
    in.features[static_cast<std::size_t>(*catalog.resolve("overnight_share"))] = {
        0.5,  0.95, 0.97, 0.2, 0.99, 0.99, 0.4,  0.4,   // A
        kNaN, 0.1,  0.1,  0.1, kNaN, 0.95, 0.95, 0.95,  // B: no borrowing on days 0 and 4
        0.9,  0.9,  0.9,  0.9, 0.9,  0.9,  0.9,  0.9,   // C
    };
    in.features[static_cast<std::size_t>(*catalog.resolve("net_borrowing"))] = {
        1,  2,  3,  4,  5,  6,  7,  8,   // A
        10, 10, 10, 10, 10, 10, 10, 40,  // B
        0,  0,  0,  0,  0,  0,  0,  0,   // C
    };
    return in;
}

CompiledRule compile(const std::string& condition, const std::string& message = "{value}") {
    const RuleSet s = RuleParser(FeatureCatalog::profileFeatures())
                          .parse("rule \"r\" severity high when " + condition + " message \"" + message + "\"");
    if (!s.ok()) qFatal("%s", s.errors.front().toString().c_str());
    return s.rules.front();
}

// The {value} array of a rule "x > -1e300" is x itself: a way to look at any expression.
std::vector<double> valuesOf(const RuleInputs& in, const std::string& expression) {
    std::vector<double> subject;
    RuleEvaluator(in).evaluate(compile(expression + " > -1e300"), &subject);
    return subject;
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) < kTol; }

void compareRow(const std::vector<double>& got, std::size_t row, const std::vector<double>& want) {
    for (std::size_t d = 0; d < want.size(); ++d)
        QVERIFY2(same(got[row * want.size() + d], want[d]),
                 qPrintable(QString("day %1: got %2, want %3").arg(d).arg(got[row * want.size() + d]).arg(want[d])));
}

}  // namespace

class TestRulesEval : public QObject {
    Q_OBJECT
private slots:
    void comparisonsAndUndefinedValues();
    void arithmeticAndDivisionByZero();
    void rollingMean();
    void change();
    void countDays();
    void zscore();
    void peerRank();
    void episodesStartOnTheFirstDay();
    void evidenceAndMessage();
    void threadsDoNotChangeResults();
};

void TestRulesEval::comparisonsAndUndefinedValues() {
    const RuleInputs in = handData();
    const auto c = RuleEvaluator(in).evaluate(compile("overnight_share > 0.9"));
    compareRow(c, 0, {0, 1, 1, 0, 1, 1, 0, 0});
    compareRow(c, 1, {0, 0, 0, 0, 0, 1, 1, 1});  // undefined is not above 0.9...
    const auto n = RuleEvaluator(in).evaluate(compile("not overnight_share > 0.9"));
    compareRow(n, 1, {1, 1, 1, 1, 1, 0, 0, 0});  // ...so its negation holds
    const auto e = RuleEvaluator(in).evaluate(compile("overnight_share != 0.1 或 net_borrowing == 40"));
    compareRow(e, 1, {0, 0, 0, 0, 0, 1, 1, 1});  // undefined is not "different from 0.1" either
    const auto a = RuleEvaluator(in).evaluate(compile("overnight_share >= 0.9 且 net_borrowing < 1"));
    compareRow(a, 2, {1, 1, 1, 1, 1, 1, 1, 1});
}

void TestRulesEval::arithmeticAndDivisionByZero() {
    const RuleInputs in = handData();
    compareRow(valuesOf(in, "net_borrowing * 2 - 1 + -overnight_share"), 0,
               {0.5, 2.05, 4.03, 6.8, 8.01, 10.01, 12.6, 14.6});
    compareRow(valuesOf(in, "overnight_share / net_borrowing"), 2, {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});
    compareRow(valuesOf(in, "max(net_borrowing, 3) + min(net_borrowing, 3) + abs(0 - net_borrowing)"), 0,
               {5, 7, 9, 11, 13, 15, 17, 19});
    // Precedence: 2 + 3 * 4 = 14, (2 + 3) * 4 = 20.
    compareRow(valuesOf(in, "2 + 3 * 4 + 0 * net_borrowing"), 2, {14, 14, 14, 14, 14, 14, 14, 14});
    compareRow(valuesOf(in, "(2 + 3) * 4 + 0 * net_borrowing"), 2, {20, 20, 20, 20, 20, 20, 20, 20});
}

void TestRulesEval::rollingMean() {
    const RuleInputs in = handData();
    const auto m = valuesOf(in, "mean(net_borrowing, 3)");
    compareRow(m, 0, {kNaN, kNaN, 2, 3, 4, 5, 6, 7});
    // B's undefined days are left out of the mean, not counted as zero.
    const auto o = valuesOf(in, "mean(overnight_share, 3)");
    compareRow(o, 1, {kNaN, kNaN, 0.1, 0.1, 0.1, (0.1 + 0.95) / 2, 0.95, 0.95});
}

void TestRulesEval::change() {
    const RuleInputs in = handData();
    compareRow(valuesOf(in, "change(net_borrowing, 2)"), 0, {kNaN, kNaN, 2, 2, 2, 2, 2, 2});
    compareRow(valuesOf(in, "change(overnight_share, 4)"), 1, {kNaN, kNaN, kNaN, kNaN, kNaN, 0.85, 0.85, 0.85});
    // Windows longer than the data are undefined everywhere, never an out-of-range read.
    compareRow(valuesOf(in, "mean(net_borrowing, 100) + change(net_borrowing, 8) + zscore(net_borrowing, 9)"), 0,
               {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});
    compareRow(valuesOf(in, "count_days(net_borrowing > 0, 9)"), 0, {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});
}

void TestRulesEval::countDays() {
    const RuleInputs in = handData();
    // A above 0.9 on days 1, 2, 4, 5.
    compareRow(valuesOf(in, "count_days(overnight_share > 0.9, 3)"), 0, {kNaN, kNaN, 2, 2, 2, 2, 2, 1});
    const auto fired = RuleEvaluator(in).evaluate(compile("count_days(overnight_share > 0.9, 4) >= 3"));
    compareRow(fired, 0, {0, 0, 0, 0, 1, 1, 0, 0});
}

void TestRulesEval::zscore() {
    const RuleInputs in = handData();
    // A's window before day 3 is 1, 2, 3: mean 2, sample sd 1, so day 3 (value 4) is 2.
    compareRow(valuesOf(in, "zscore(net_borrowing, 3)"), 0, {kNaN, kNaN, kNaN, 2, 2, 2, 2, 2});
    // B is flat at 10 until day 7: no spread, no score; C is constant throughout.
    compareRow(valuesOf(in, "zscore(net_borrowing, 3)"), 1, {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});
    // B over 4 days before day 7: 10, 10, 10, 10 -> still no spread.
    compareRow(valuesOf(in, "zscore(net_borrowing, 7)"), 1, {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});
}

void TestRulesEval::peerRank() {
    const RuleInputs in = handData();
    const auto r = valuesOf(in, "peer_rank(net_borrowing)");
    compareRow(r, 0, {0, 0, 0, 0, 0, 0, 0, 0});  // A below B every day
    compareRow(r, 1, {100, 100, 100, 100, 100, 100, 100, 100});
    compareRow(r, 2, {kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN, kNaN});  // C is alone in its group
    // Day 0: B undefined, so A is alone; ties share the middle rank.
    const auto o = valuesOf(in, "peer_rank(overnight_share)");
    compareRow(o, 0, {kNaN, 100, 100, 100, kNaN, 100, 0, 0});
    const auto t = valuesOf(in, "peer_rank(0 * net_borrowing)");
    compareRow(t, 0, {50, 50, 50, 50, 50, 50, 50, 50});
}

void TestRulesEval::episodesStartOnTheFirstDay() {
    const RuleInputs in = handData();
    RuleSet set;
    set.rules.push_back(compile("overnight_share > 0.9"));
    const auto hits = RuleEvaluator(in).run(set, 1);
    // A: days 1-2 and 4-5; B: days 5-7 (to the end of the data); C: never (0.9 is not above 0.9).
    QCOMPARE(hits.size(), std::size_t(3));
    QCOMPARE(hits[0].institution, std::size_t(0));
    QCOMPARE(hits[0].firstDay, std::size_t(1));
    QCOMPARE(hits[0].lastDay, std::size_t(2));
    QCOMPARE(hits[1].firstDay, std::size_t(4));
    QCOMPARE(hits[1].lastDay, std::size_t(5));
    QCOMPARE(hits[2].institution, std::size_t(1));
    QCOMPARE(hits[2].firstDay, std::size_t(5));
    QCOMPARE(hits[2].lastDay, std::size_t(7));
}

void TestRulesEval::evidenceAndMessage() {
    const RuleInputs in = handData();
    RuleSet set;
    set.rules.push_back(compile("count_days(overnight_share > 0.9, 4) >= 3 and net_borrowing > 4",
                                "{institution} {day}: {value} days, share {隔夜融资占比}, net {net_borrowing}"));
    const auto hits = RuleEvaluator(in).run(set, 1);
    // A on days 4-5; B on day 7 (above 0.9 on days 5, 6, 7 and net borrowing 40).
    QCOMPARE(hits.size(), std::size_t(2));
    QCOMPARE(hits[1].institution, std::size_t(1));
    QCOMPARE(hits[1].firstDay, std::size_t(7));
    const RuleHit& h = hits[0];
    QCOMPARE(h.firstDay, std::size_t(4));
    QCOMPARE(h.lastDay, std::size_t(5));
    QCOMPARE(h.subject, 3.0);
    const auto catalog = FeatureCatalog::profileFeatures();
    QCOMPARE(h.evidence.size(), std::size_t(2));
    QCOMPARE(catalog.name(h.evidence[0].first), std::string("overnight_share"));
    QCOMPARE(h.evidence[0].second, 0.99);
    QCOMPARE(catalog.name(h.evidence[1].first), std::string("net_borrowing"));
    QCOMPARE(h.evidence[1].second, 5.0);
    auto value = [&](int slot) {
        for (const auto& [s, v] : h.evidence)
            if (s == slot) return v;
        return kNaN;
    };
    QCOMPARE(set.rules[0].message.render(value, h.subject, "A", "2025-01-08"),
             std::string("A 2025-01-08: 3 days, share 0.99, net 5"));
    QCOMPARE(MessageTemplate::formatNumber(1.5e10), std::string("15.00 bn"));
    QCOMPARE(MessageTemplate::formatNumber(2.5e6), std::string("2.5 m"));
    QCOMPARE(MessageTemplate::formatNumber(kNaN), std::string("n/a"));
}

void TestRulesEval::threadsDoNotChangeResults() {
    const RuleInputs in = handData();
    RuleSet set;
    for (const char* c : {"overnight_share > 0.9", "net_borrowing > 3", "peer_rank(net_borrowing) >= 50",
                          "count_days(net_borrowing > 2, 2) >= 2"}) {
        set.rules.push_back(compile(c));
        set.rules.back().name = c;
    }
    const auto one = RuleEvaluator(in).run(set, 1);
    const auto two = RuleEvaluator(in).run(set, 2);
    QCOMPARE(one.size(), two.size());
    for (std::size_t k = 0; k < one.size(); ++k) {
        QCOMPARE(one[k].rule, two[k].rule);
        QCOMPARE(one[k].institution, two[k].institution);
        QCOMPARE(one[k].firstDay, two[k].firstDay);
    }
}

QTEST_GUILESS_MAIN(TestRulesEval)
#include "tst_rules_eval.moc"
