// The rule language's parser: the documented grammar is accepted, mistakes are reported with the
// exact message and position, nothing outside the features can be named, the shipped library
// parses, and random input never crashes it.

#include "FeatureCatalog.h"
#include "RuleEvaluator.h"
#include "RuleParser.h"
#include "TestSupport.h"

#include <QTest>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

using namespace eagle;

namespace {

std::string rule(const std::string& condition, const std::string& message = "{value}") {
    return "rule \"r\" severity high when " + condition + " message \"" + message + "\"";
}

RuleSet parse(const std::string& text) { return RuleParser(FeatureCatalog::profileFeatures()).parse(text); }

std::string firstError(const std::string& text) {
    const RuleSet s = parse(text);
    return s.errors.empty() ? std::string("(no error)") : s.errors.front().toString();
}

}  // namespace

class TestRulesParser : public QObject {
    Q_OBJECT
private slots:
    void acceptsGrammar_data();
    void acceptsGrammar();
    void rejectsWithPosition_data();
    void rejectsWithPosition();
    void precedenceAndPostfix();
    void subjectAndFeatures();
    void ruleTextAndSeverity();
    void reportsEveryBrokenRule();
    void resumesAtTheNextRule();
    void nothingOutsideFeatures_data();
    void nothingOutsideFeatures();
    void featuresComeFromTheWorkspace();
    void suggestion();
    void boundedDistanceAgreesWithTheWholeTable();
    void shippedLibraryParses();
    void fuzzNeverCrashes();
};

void TestRulesParser::acceptsGrammar_data() {
    QTest::addColumn<QString>("text");
    auto row = [](const char* name, const std::string& text) { QTest::newRow(name) << QString::fromStdString(text); };
    row("comparison", rule("overnight_share > 0.9"));
    row("all comparisons", rule("overnight_share < 1 and overnight_share <= 1 and overnight_share >= 0 and "
                                "overnight_share == 0.5 or overnight_share != 0.2"));
    row("arithmetic", rule("(net_borrowing - 2 * money_volume / 4) + -1e9 > 0"));
    row("not", rule("not overnight_share > 0.5"));
    row("chinese connectives", rule("隔夜融资占比 > 0.9 且 融资利差 > 30 或 非 交易对手集中度 < 0.2"));
    row("chinese aliases", rule("货币市场净融入 > 1e9 and 交易对手集中度 > 0.5"));
    row("mean", rule("mean(overnight_share, 20) > 0.8"));
    row("change", rule("change(net_borrowing, 5) > 2e9"));
    row("count_days", rule("count_days(overnight_share > 0.9, 10) >= 5"));
    row("peer_rank", rule("peer_rank(borrowing_spread) >= 95"));
    row("zscore", rule("zscore(net_borrowing, 60) > 3"));
    row("abs min max", rule("abs(change(counterparty_hhi, 5)) > max(0.1, min(0.2, counterparty_hhi))"));
    row("nested windows", rule("count_days(zscore(mean(net_borrowing, 5), 20) > 2, 10) >= 3"));
    row("comments", "# header\n# 头注释\n" + rule("overnight_share > 0.9") + " # trailing\n");
    row("placeholders", rule("overnight_share > 0.9", "{institution} {day}: {overnight_share} {隔夜融资占比} {value}"));
    row("escapes", rule("overnight_share > 0.9", "say \\\"hi\\\" \\\\ done"));
    row("chinese keywords", "规则 \"隔夜依赖\" 级别 高 当 隔夜融资占比 > 0.9 提示 \"隔夜占比 {value}\"");
    row("severities",
        "rule \"a\" severity low when overnight_share > 0.9 message \"m\"\n"
        "rule \"b\" severity medium when overnight_share > 0.9 message \"m\"");
    row("number forms", rule(".5 < 1.5e3 and 2E-3 < 7"));
}

void TestRulesParser::acceptsGrammar() {
    QFETCH(QString, text);
    const RuleSet s = parse(text.toStdString());
    QVERIFY2(s.ok(), s.errors.empty() ? "" : s.errors.front().toString().c_str());
    QVERIFY(!s.rules.empty());
    for (const auto& r : s.rules) QVERIFY(!r.code.empty());
}

void TestRulesParser::rejectsWithPosition_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    auto row = [](const char* name, const std::string& text, const char* error) {
        QTest::newRow(name) << QString::fromStdString(text) << QString::fromUtf8(error);
    };
    // "rule \"r\" severity high when " is 28 characters, so the condition starts at column 29.
    row("unknown feature", rule("overnite_share > 0.9"),
        "line 1, column 29: unknown feature 'overnite_share' (did you mean overnight_share?)");
    row("unknown alias", rule("隔夜融资占 > 0.9"),
        "line 1, column 29: unknown feature '隔夜融资占' (did you mean 隔夜融资占比?)");
    row("missing operand", rule("overnight_share >"), "line 1, column 45: missing operand after '>'");
    row("missing operand and", rule("overnight_share > 1 and"), "line 1, column 49: missing operand after 'and'");
    row("unclosed paren", rule("(overnight_share > 0.9"),
        "line 1, column 29: unbalanced parenthesis: '(' is never closed (expected ')' before 'message')");
    row("extra paren", rule("overnight_share > 0.9)"), "line 1, column 50: unbalanced parenthesis: ')' without '('");
    row("arg count", rule("mean(overnight_share) > 1"),
        "line 1, column 29: mean takes 2 arguments, got 1 (mean(x, N))");
    row("too many args", rule("abs(net_borrowing, 2, 3) > 1"),
        "line 1, column 29: abs takes 1 argument, got 3 (abs(x))");
    row("window fraction", rule("mean(overnight_share, 2.5) > 1"),
        "line 1, column 51: N must be a positive integer constant, got '2.5' (mean(x, N): N business days, e.g. 20)");
    row("window feature", rule("change(net_borrowing, money_volume) > 1"),
        "line 1, column 51: N must be a positive integer constant, got 'money_volume' (change(x, N): N business days, "
        "e.g. 20)");
    row("window zero", rule("zscore(net_borrowing, 0) > 1"),
        "line 1, column 51: N must be a positive integer constant, got '0' (zscore(x, N): N business days, e.g. 20)");
    row("window too long", rule("mean(net_borrowing, 5000) > 1"),
        "line 1, column 49: N must be at most 1000 business days");
    row("number as condition", rule("overnight_share"),
        "line 1, column 29: the condition after 'when' needs a condition, got a number (compare it, e.g. "
        "overnight_share > 0.8)");
    row("condition as number", rule("(overnight_share > 0.5) + 1 > 0"),
        "line 1, column 46: '+' needs a number, got a condition (count_days(condition, N) turns a condition into a "
        "number)");
    row("count_days needs condition", rule("count_days(overnight_share, 5) > 1"),
        "line 1, column 40: count_days needs a condition, got a number (compare it, e.g. overnight_share > 0.8)");
    row("chained comparison", rule("0 < overnight_share < 1"),
        "line 1, column 49: comparisons cannot be chained (write a < x and x < b)");
    row("single equals", rule("overnight_share = 1"), "line 1, column 45: unexpected '=' (compare with ==)");
    row("bad severity", "rule \"r\" severity urgent when overnight_share > 0.9 message \"m\"",
        "line 1, column 19: severity must be high, medium or low, got 'urgent'");
    row("no when", "rule \"r\" severity high overnight_share > 0.9 message \"m\"",
        "line 1, column 24: expected 'when' after the severity, got 'overnight_share'");
    row("no message", "rule \"r\" severity high when overnight_share > 0.9",
        "line 1, column 50: expected 'message' after the condition, got the end of the file");
    row("unknown placeholder", rule("overnight_share > 0.9", "share {overnight}"),
        "line 1, column 66: unknown placeholder {overnight} in the message (use a feature, {value}, {institution} or "
        "{day})");
    row("unclosed text", "rule \"r severity high",
        "line 1, column 6: text is never closed (end it with \" on the same line)");
    row("second line", "# c\nrule \"r\" severity high\n  when net_borrowing > 1e9 and\n  message \"m\"",
        "line 3, column 28: missing operand after 'and'");
    row("full width", rule("mean（overnight_share, 5) > 1"),
        "line 1, column 33: full-width punctuation is not part of the language (use ASCII ( ) , < > = \" instead)");
    row("function without args", rule("mean > 1"),
        "line 1, column 29: 'mean' is a function and needs arguments (e.g. mean(x, 20))");
    row("feature called", rule("overnight_share(1) > 1"),
        "line 1, column 29: 'overnight_share' is a feature, not a function");
    row("duplicate", rule("overnight_share > 1") + "\n" + rule("overnight_share > 2"),
        "line 2, column 1: rule \"r\" is defined twice (give each rule its own name)");
    row("too deep", rule(std::string(30, '(') + "overnight_share > 1" + std::string(30, ')')),
        "line 1, column 53: the condition is nested too deeply (more than 24 levels) (split it into several rules)");
    row("unit suffix", rule("net_borrowing > 5bn"),
        "line 1, column 46: a number cannot be followed directly by a letter (write 1e9 for a billion; there are no "
        "unit suffixes)");
}

void TestRulesParser::rejectsWithPosition() {
    QFETCH(QString, text);
    QFETCH(QString, error);
    QCOMPARE(QString::fromStdString(firstError(text.toStdString())), error);
}

void TestRulesParser::precedenceAndPostfix() {
    const RuleSet s = parse(rule("1 + 2 * 3 > 4 or not 5 < 6 and 7 < 8"));
    QVERIFY(s.ok());
    std::string ops;
    for (const auto& in : s.rules[0].code) ops += std::to_string(static_cast<int>(in.op)) + " ";
    // 1 2 3 * + 4 >   5 6 < not   7 8 < and   or
    using O = RuleOp;
    const std::vector<O> expected{O::Number,  O::Number, O::Number, O::Multiply, O::Add, O::Number,
                                  O::Greater, O::Number, O::Number, O::Less,     O::Not, O::Number,
                                  O::Number,  O::Less,   O::And,    O::Or};
    QCOMPARE(s.rules[0].code.size(), expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k)
        QCOMPARE(static_cast<int>(s.rules[0].code[k].op), static_cast<int>(expected[k]));
}

void TestRulesParser::subjectAndFeatures() {
    const RuleSet s = parse(rule("count_days(overnight_share > 0.9, 10) >= 5 and borrowing_spread > 30"));
    QVERIFY(s.ok());
    const CompiledRule& r = s.rules[0];
    QCOMPARE(static_cast<int>(r.code[static_cast<std::size_t>(r.subject)].op), static_cast<int>(RuleOp::CountDays));
    QCOMPARE(r.code[static_cast<std::size_t>(r.subject)].window, 10);
    const auto catalog = FeatureCatalog::profileFeatures();
    QCOMPARE(r.features.size(), std::size_t(2));
    QCOMPARE(catalog.name(r.features[0]), std::string("overnight_share"));
    QCOMPARE(catalog.name(r.features[1]), std::string("borrowing_spread"));
}

void TestRulesParser::ruleTextAndSeverity() {
    const std::string text = "# library\nrule \"a\" severity low\n  when overnight_share > 0.9\n  message \"m\"\n\n";
    const RuleSet s = parse(text);
    QVERIFY(s.ok());
    QCOMPARE(s.rules[0].text, std::string("rule \"a\" severity low\n  when overnight_share > 0.9\n  message \"m\""));
    QCOMPARE(s.rules[0].severity, RuleSeverity::Low);
    QCOMPARE(s.rules[0].line, 2);
}

void TestRulesParser::reportsEveryBrokenRule() {
    const std::string text =
        "rule \"a\" severity high when overnite_share > 1 message \"m\"\n"
        "rule \"b\" severity high when overnight_share > 1 message \"m\"\n"
        "rule \"c\" severity high when mean(net_borrowing) > 1 message \"m\"\n";
    const RuleSet s = parse(text);
    QCOMPARE(s.errors.size(), std::size_t(2));
    QCOMPARE(s.errors[0].line, 1);
    QCOMPARE(s.errors[1].line, 3);
    QCOMPARE(s.rules.size(), std::size_t(1));
    QCOMPARE(s.rules[0].name, std::string("b"));
}

void TestRulesParser::resumesAtTheNextRule() {
    // The first rule lacks its message: the error is at the second rule's 'rule', which still parses.
    const RuleSet s = parse(
        "rule \"a\" severity high when overnight_share > 1\n"
        "rule \"b\" severity low when overnight_share > 2 message \"m\"\n"
        "规则 \"c\" 级别 中 当 overnight_share > 3 提示 \"m\"\n");
    QCOMPARE(s.errors.size(), std::size_t(1));
    QCOMPARE(s.errors[0].toString(),
             std::string("line 2, column 1: expected 'message' after the condition, got 'rule'"));
    QCOMPARE(s.rules.size(), std::size_t(2));
    QCOMPARE(s.rules[0].name, std::string("b"));
    QCOMPARE(s.rules[1].name, std::string("c"));
}

void TestRulesParser::nothingOutsideFeatures_data() {
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("error");
    auto row = [](const char* name, const char* condition, const char* error) {
        QTest::newRow(name) << QString::fromUtf8(condition) << QString::fromUtf8(error);
    };
    row("sql()", "sql(\"DELETE FROM trade\") > 0",
        "unknown function 'sql' (functions: mean, change, count_days, peer_rank, zscore, abs, min, max)");
    row("table name", "trade > 0", "unknown feature 'trade' (see the features with --check)");
    row("feature table", "feature > 0", "unknown feature 'feature' (see the features with --check)");
    row("file()", "file(\"/etc/passwd\") > 0",
        "unknown function 'file' (functions: mean, change, count_days, peer_rank, zscore, abs, min, max)");
    row("system()", "system(1) > 0",
        "unknown function 'system' (functions: mean, change, count_days, peer_rank, zscore, abs, min, max)");
    row("assignment", "overnight_share = 0", "unexpected '=' (compare with ==)");
    row("statement separator", "overnight_share > 0; DROP TABLE rule", "unexpected character ';'");
    row("dotted name", "institution.type > 0", "unexpected character '.'");
    row("string operand", "\"abc\" > 0", "expected a number, a feature or '(', got text \"abc\"");
}

void TestRulesParser::nothingOutsideFeatures() {
    QFETCH(QString, condition);
    QFETCH(QString, error);
    const std::string e = firstError(rule(condition.toStdString()));
    QVERIFY2(e.find(error.toStdString()) != std::string::npos, e.c_str());
}

void TestRulesParser::featuresComeFromTheWorkspace() {
    // A feature another model adds later is usable as soon as the workspace defines it.
    const FeatureCatalog catalog({"overnight_share", "liquidity_coverage"});
    const RuleSet s = RuleParser(catalog).parse(rule("liquidity_coverage < 1 and overnight_share > 0.5"));
    QVERIFY(s.ok());
    // ...and a profile feature the workspace lacks is unknown, alias included.
    QVERIFY(!RuleParser(catalog).parse(rule("net_borrowing > 0")).ok());
    QVERIFY(!RuleParser(catalog).parse(rule("货币市场净融入 > 0")).ok());
    QVERIFY(RuleParser(catalog).parse(rule("隔夜融资占比 > 0")).ok());
}

void TestRulesParser::suggestion() {
    const auto catalog = FeatureCatalog::profileFeatures();
    QCOMPARE(catalog.suggest("net_borowing").value_or(""), std::string("net_borrowing"));
    QCOMPARE(catalog.suggest("counterparty_hh").value_or(""), std::string("counterparty_hhi"));
    QVERIFY(!catalog.suggest("institution"));
    QCOMPARE(editDistance("隔夜融资占", "隔夜融资占比"), 1);
    QCOMPARE(editDistance("kitten", "sitting"), 3);  // the textbook example
    QVERIFY(!catalog.suggest(std::string(4000, 'x')));
}

// The bounded distance stops early; what it returns must still be the distance, or bound + 1 for
// anything further. Checked against the whole table on random words over a small alphabet (so
// that they share letters), every bound from 0 to past their lengths.
void TestRulesParser::boundedDistanceAgreesWithTheWholeTable() {
    std::mt19937 random(20261129);
    const auto word = [&] {
        std::vector<char32_t> w(random() % 12);
        for (auto& c : w) c = U"abc融资"[random() % 5];
        return w;
    };
    const auto whole = [](const std::vector<char32_t>& x, const std::vector<char32_t>& y) {
        std::vector<std::vector<int>> d(x.size() + 1, std::vector<int>(y.size() + 1));
        for (std::size_t i = 0; i <= x.size(); ++i) d[i][0] = static_cast<int>(i);
        for (std::size_t j = 0; j <= y.size(); ++j) d[0][j] = static_cast<int>(j);
        for (std::size_t i = 1; i <= x.size(); ++i)
            for (std::size_t j = 1; j <= y.size(); ++j)
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1])});
        return d[x.size()][y.size()];
    };
    for (int k = 0; k < 2000; ++k) {
        const auto x = word(), y = word();
        const int exact = whole(x, y);
        for (int bound = 0; bound <= 13; ++bound)
            QCOMPARE(boundedEditDistance(x, y, bound), exact <= bound ? exact : bound + 1);
    }
}

void TestRulesParser::shippedLibraryParses() {
    std::ifstream in(EAGLEEYE_RULES_LIBRARY);
    QVERIFY(in.good());
    std::stringstream text;
    text << in.rdbuf();
    const RuleSet s = parse(text.str());
    QVERIFY2(s.ok(), s.errors.empty() ? "" : s.errors.front().toString().c_str());
    QVERIFY(s.rules.size() >= 12);
}

void TestRulesParser::fuzzNeverCrashes() {
    std::ifstream in(EAGLEEYE_RULES_LIBRARY);
    std::stringstream library;
    library << in.rdbuf();
    const std::string seedText = library.str();
    std::mt19937_64 rng(20250102);
    const std::string alphabet = "()<>=!+-*/,.\"#{}\n abcdefghijklmnopqrstuvwxyz_0123456789e";
    const std::vector<std::string> pieces{
        "rule",    "when", "message", "and",          "or", "not",   "mean(", "count_days(",     "peer_rank(", "(",
        ")",       ",",    "\"",      "隔夜融资占比", "且", "1e999", "-",     "overnight_share", "0.5",        ">",
        "{value}", "{",    "\\"};
    const auto catalog = FeatureCatalog::profileFeatures();
    RuleInputs tiny;  // 3 institutions x 5 days, every feature defined but one
    tiny.institutions = 3;
    tiny.days = 5;
    tiny.peerGroup = {0, 0, 1};
    for (std::size_t f = 0; f < catalog.names().size(); ++f)
        tiny.features.push_back(f == 0 ? std::vector<double>{} : std::vector<double>(15, 0.5 + static_cast<double>(f)));
    int parsedRules = 0;
    for (int iteration = 0; iteration < 4000; ++iteration) {
        std::string text;
        if (iteration % 2 == 0) {
            // Random bytes, including invalid UTF-8.
            const auto n = rng() % 200;
            for (std::size_t k = 0; k < n; ++k)
                text += iteration % 4 == 0 ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
        } else {
            // A valid library, mutated: bytes deleted, replaced, duplicated, and tokens spliced in.
            text = seedText.substr(0, std::min<std::size_t>(seedText.size(), 400 + rng() % 2000));
            const int edits = 1 + static_cast<int>(rng() % 8);
            for (int e = 0; e < edits && !text.empty(); ++e) {
                const std::size_t at = rng() % text.size();
                switch (rng() % 4) {
                    case 0:
                        text.erase(at, 1 + rng() % 5);
                        break;
                    case 1:
                        text[at] = static_cast<char>(rng() % 256);
                        break;
                    case 2:
                        text.insert(at, pieces[rng() % pieces.size()]);
                        break;
                    default:
                        text.insert(at, text.substr(at, rng() % 40));
                        break;
                }
            }
        }
        const RuleSet s = RuleParser(catalog).parse(text);
        parsedRules += static_cast<int>(s.rules.size());
        // Whatever parses also evaluates: every compiled program is well formed.
        if (!s.rules.empty()) QCOMPARE(RuleEvaluator(tiny).evaluate(s.rules.front()).size(), tiny.cells());
        for (const auto& e : s.errors) QVERIFY(e.line >= 1 && e.column >= 1 && !e.message.empty());
        for (const auto& r : s.rules) QVERIFY(!r.code.empty() && r.code.size() <= std::size_t(kMaxRuleNodes));
    }
    QVERIFY(parsedRules > 0);  // the mutated libraries still yield valid rules now and then
}

QTEST_GUILESS_MAIN(TestRulesParser)
#include "tst_rules_parser.moc"
