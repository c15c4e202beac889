#include "RuleParser.h"

#include "RuleCompiler.h"
#include "RuleFunctions.h"
#include "RuleKeywords.h"
#include "RuleLexer.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace eagle {
namespace {

std::string describe(const RuleToken& t) {
    if (t.kind == TokenKind::End) return "the end of the file";
    if (t.kind == TokenKind::String) return "text \"" + t.text + "\"";
    return "'" + t.text + "'";
}

}  // namespace

const char* nameOf(RuleSeverity s) {
    switch (s) {
        case RuleSeverity::High:
            return "high";
        case RuleSeverity::Medium:
            return "medium";
        case RuleSeverity::Low:
            return "low";
    }
    return "medium";
}

RuleSet RuleParser::parse(std::string_view text) {
    text_ = text;
    RuleLexer lexer(text);
    tokens_ = lexer.tokens();
    pos_ = 0;
    RuleSet out;
    std::set<std::string> names;
    std::size_t lastRuleStart = 0;  // token index where the rule in progress began
    bool lastRuleFailed = false;
    while (peek().kind != TokenKind::End) {
        const std::size_t before = out.rules.size();
        lastRuleStart = pos_;
        lastRuleFailed = false;
        try {
            parseRule(out);
        } catch (const Failure&) {
            lastRuleFailed = true;
            out.errors.push_back(error_);
            // Resume at the next rule, so that one check reports every broken rule. A rule that
            // failed at the next one's 'rule' (a missing message) must not swallow it.
            if (pos_ == lastRuleStart && pos_ + 1 < tokens_.size()) ++pos_;
            while (peek().kind != TokenKind::End && !isKeyword(peek(), "rule", "规则")) ++pos_;
        }
        if (out.rules.size() > before && !names.insert(out.rules.back().name).second) {
            const CompiledRule& r = out.rules.back();
            out.errors.push_back(
                {r.line, 1, "rule \"" + r.name + "\" is defined twice", "give each rule its own name"});
            out.rules.pop_back();
        }
    }
    if (const auto& e = lexer.error()) {
        // The tokens stop at the lexer's error, so the rule in progress there was cut off: what the
        // parser said about it is noise, the bad character is the real problem.
        if (lastRuleFailed && !out.errors.empty()) {
            const RuleToken& start = tokens_[lastRuleStart];
            const RuleError& p = out.errors.back();
            if (p.line > start.line || (p.line == start.line && p.column >= start.column)) out.errors.pop_back();
        }
        out.errors.push_back(*e);
    }
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const RuleError& a, const RuleError& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

void RuleParser::parseRule(RuleSet& out) {
    depth_ = nodes_ = 0;
    const RuleToken& start = peek();
    if (!isKeyword(start, "rule", "规则")) fail(start, "expected 'rule', got " + describe(start));
    next();
    if (peek().kind != TokenKind::String)
        fail(peek(), "expected the rule's name in double quotes after 'rule'", "rule \"name\" severity high when ...");
    CompiledRule rule;
    rule.name = next().text;
    rule.line = start.line;
    if (rule.name.empty()) fail(tokens_[pos_ - 1], "the rule's name is empty");
    if (!isKeyword(peek(), "severity", "级别"))
        fail(peek(), "expected 'severity' after the rule's name, got " + describe(peek()));
    next();
    const RuleToken& sev = peek();
    if (isKeyword(sev, "high", "高"))
        rule.severity = RuleSeverity::High;
    else if (isKeyword(sev, "medium", "中"))
        rule.severity = RuleSeverity::Medium;
    else if (isKeyword(sev, "low", "低"))
        rule.severity = RuleSeverity::Low;
    else
        fail(sev, "severity must be high, medium or low, got " + describe(sev));
    next();
    if (!isKeyword(peek(), "when", "当")) fail(peek(), "expected 'when' after the severity, got " + describe(peek()));
    const RuleToken& when = next();
    if (!startsOperand(peek())) fail(when, "missing condition after 'when'");
    RuleNode condition = parseExpression();
    if (peek().kind == TokenKind::RightParen) fail(peek(), "unbalanced parenthesis: ')' without '('");
    if (!isKeyword(peek(), "message", "提示")) {
        if (startsOperand(peek()))
            fail(peek(), "expected an operator or 'message', got " + describe(peek()), "join conditions with and / or");
        fail(peek(), "expected 'message' after the condition, got " + describe(peek()));
    }
    requireCondition(condition, "the condition after 'when'");
    next();
    if (peek().kind != TokenKind::String)
        fail(peek(), "expected the message in double quotes after 'message'", "message \"text with {value}\"");
    const RuleToken& message = next();
    std::optional<RuleError> templateError;
    rule.message = MessageTemplate::parse(message.text, catalog_, message.line, message.column, templateError);
    if (templateError) {
        error_ = *templateError;
        throw Failure{};
    }
    rule.text = std::string(text_.substr(start.begin, message.end - start.begin));
    RuleCompiler::compile(condition, rule);
    // The features the message shows are evidence too, after those the condition reads.
    for (const auto& part : rule.message.parts())
        if (part.kind == MessageTemplate::Part::Feature &&
            std::find(rule.features.begin(), rule.features.end(), part.slot) == rule.features.end())
            rule.features.push_back(part.slot);
    out.rules.push_back(std::move(rule));
}

RuleNode RuleParser::parseExpression() { return parseOr(); }

RuleNode RuleParser::parseOr() {
    RuleNode left = parseAnd();
    while (isKeyword(peek(), "or", "或")) {
        const RuleToken& op = next();
        if (!startsOperand(peek())) fail(op, "missing operand after '" + op.text + "'");
        RuleNode right = parseAnd();
        requireCondition(left, "'or'");
        requireCondition(right, "'or'");
        left = make(RuleOp::Or, op, {std::move(left), std::move(right)}, true);
    }
    return left;
}

RuleNode RuleParser::parseAnd() {
    RuleNode left = parseNot();
    while (isKeyword(peek(), "and", "且")) {
        const RuleToken& op = next();
        if (!startsOperand(peek())) fail(op, "missing operand after '" + op.text + "'");
        RuleNode right = parseNot();
        requireCondition(left, "'and'");
        requireCondition(right, "'and'");
        left = make(RuleOp::And, op, {std::move(left), std::move(right)}, true);
    }
    return left;
}

RuleNode RuleParser::parseNot() {
    if (!isKeyword(peek(), "not", "非")) return parseComparison();
    const RuleToken& op = next();
    if (!startsOperand(peek())) fail(op, "missing operand after '" + op.text + "'");
    enter(op);
    RuleNode operand = parseNot();
    --depth_;
    requireCondition(operand, "'not'");
    return make(RuleOp::Not, op, {std::move(operand)}, true);
}

RuleNode RuleParser::parseComparison() {
    RuleNode left = parseSum();
    auto comparison = [](TokenKind k) -> std::optional<RuleOp> {
        switch (k) {
            case TokenKind::Less:
                return RuleOp::Less;
            case TokenKind::LessEqual:
                return RuleOp::LessEqual;
            case TokenKind::Greater:
                return RuleOp::Greater;
            case TokenKind::GreaterEqual:
                return RuleOp::GreaterEqual;
            case TokenKind::Equal:
                return RuleOp::Equal;
            case TokenKind::NotEqual:
                return RuleOp::NotEqual;
            default:
                return std::nullopt;
        }
    };
    const auto op = comparison(peek().kind);
    if (!op) return left;
    const RuleToken& at = next();
    if (!startsOperand(peek())) fail(at, "missing operand after '" + at.text + "'");
    RuleNode right = parseSum();
    requireNumber(left, ("'" + at.text + "'").c_str());
    requireNumber(right, ("'" + at.text + "'").c_str());
    if (comparison(peek().kind)) fail(peek(), "comparisons cannot be chained", "write a < x and x < b");
    return make(*op, at, {std::move(left), std::move(right)}, true);
}

RuleNode RuleParser::parseSum() {
    RuleNode left = parseProduct();
    while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
        const RuleToken& op = next();
        if (!startsOperand(peek())) fail(op, "missing operand after '" + op.text + "'");
        RuleNode right = parseProduct();
        requireNumber(left, ("'" + op.text + "'").c_str());
        requireNumber(right, ("'" + op.text + "'").c_str());
        left = make(op.kind == TokenKind::Plus ? RuleOp::Add : RuleOp::Subtract, op,
                    {std::move(left), std::move(right)}, false);
    }
    return left;
}

RuleNode RuleParser::parseProduct() {
    RuleNode left = parseUnary();
    while (peek().kind == TokenKind::Star || peek().kind == TokenKind::Slash) {
        const RuleToken& op = next();
        if (!startsOperand(peek())) fail(op, "missing operand after '" + op.text + "'");
        RuleNode right = parseUnary();
        requireNumber(left, ("'" + op.text + "'").c_str());
        requireNumber(right, ("'" + op.text + "'").c_str());
        left = make(op.kind == TokenKind::Star ? RuleOp::Multiply : RuleOp::Divide, op,
                    {std::move(left), std::move(right)}, false);
    }
    return left;
}

RuleNode RuleParser::parseUnary() {
    if (peek().kind != TokenKind::Minus) return parsePrimary();
    const RuleToken& op = next();
    if (!startsOperand(peek())) fail(op, "missing operand after '-'");
    enter(op);
    RuleNode operand = parseUnary();
    --depth_;
    requireNumber(operand, "'-'");
    if (operand.op == RuleOp::Number) {
        operand.number = -operand.number;
        return operand;
    }
    return make(RuleOp::Negate, op, {std::move(operand)}, false);
}

RuleNode RuleParser::parsePrimary() {
    const RuleToken& t = peek();
    if (t.kind == TokenKind::Number) {
        next();
        return make(RuleOp::Number, t, {}, false);
    }
    if (t.kind == TokenKind::LeftParen) {
        enter(next());
        RuleNode inner = parseExpression();
        --depth_;
        if (peek().kind != TokenKind::RightParen)
            fail(t, "unbalanced parenthesis: '(' is never closed", "expected ')' before " + describe(peek()));
        next();
        return inner;
    }
    if (t.kind == TokenKind::Identifier) {
        next();
        if (peek().kind == TokenKind::LeftParen) return parseCall(t);
        if (const auto slot = catalog_.resolve(t.text)) {
            RuleNode n = make(RuleOp::Feature, t, {}, false);
            n.slot = *slot;
            return n;
        }
        if (findFunction(t.text)) fail(t, "'" + t.text + "' is a function and needs arguments", "e.g. mean(x, 20)");
        const auto s = catalog_.suggest(t.text);
        fail(t, "unknown feature '" + t.text + "'", s ? "did you mean " + *s + "?" : "see the features with --check");
    }
    if (t.kind == TokenKind::RightParen) fail(t, "unbalanced parenthesis: ')' without '('");
    fail(t, "expected a number, a feature or '(', got " + describe(t));
}

RuleNode RuleParser::parseCall(const RuleToken& name) {
    const FunctionSpec* f = findFunction(name.text);
    if (!f) {
        if (catalog_.resolve(name.text)) fail(name, "'" + name.text + "' is a feature, not a function");
        fail(name, "unknown function '" + name.text + "'",
             "functions: mean, change, count_days, peer_rank, zscore, abs, min, max");
    }
    const RuleToken& open = next();
    enter(open);
    std::vector<RuleNode> args;
    int window = 0;
    if (peek().kind != TokenKind::RightParen) {
        for (;;) {
            const bool isWindow = f->windowed && static_cast<int>(args.size()) == f->arguments - 1;
            if (isWindow) {
                window = parseWindow(std::string(f->name));
                args.push_back(make(RuleOp::Number, open, {}, false));
            } else {
                if (!startsOperand(peek()))
                    fail(peek(), "missing argument of " + std::string(f->name), std::string(f->usage));
                RuleNode a = parseExpression();
                if (args.empty() && f->conditionFirst)
                    requireCondition(a, f->name.data());
                else
                    requireNumber(a, f->name.data());
                args.push_back(std::move(a));
            }
            if (peek().kind != TokenKind::Comma) break;
            next();
            if (static_cast<int>(args.size()) >= f->arguments) {
                // Count the rest for the message without parsing them.
                int n = static_cast<int>(args.size()) + 1, level = 0;
                for (std::size_t k = pos_; tokens_[k].kind != TokenKind::End; ++k) {
                    if (tokens_[k].kind == TokenKind::LeftParen)
                        ++level;
                    else if (tokens_[k].kind == TokenKind::RightParen && level-- == 0)
                        break;
                    else if (tokens_[k].kind == TokenKind::Comma && level == 0)
                        ++n;
                }
                fail(name,
                     std::string(f->name) + " takes " + std::to_string(f->arguments) + " argument" +
                         (f->arguments == 1 ? "" : "s") + ", got " + std::to_string(n),
                     std::string(f->usage));
            }
        }
    }
    if (peek().kind != TokenKind::RightParen) {
        if (peek().kind == TokenKind::End || isKeyword(peek(), "message"))
            fail(open, "unbalanced parenthesis: '(' is never closed", "expected ')' before " + describe(peek()));
        fail(peek(), "expected ',' or ')' in " + std::string(f->name) + "(...), got " + describe(peek()),
             std::string(f->usage));
    }
    if (static_cast<int>(args.size()) != f->arguments)
        fail(name,
             std::string(f->name) + " takes " + std::to_string(f->arguments) + " argument" +
                 (f->arguments == 1 ? "" : "s") + ", got " + std::to_string(args.size()),
             std::string(f->usage));
    next();
    --depth_;
    if (f->windowed) args.pop_back();  // N lives in the node, not as an operand
    RuleNode n = make(f->op, name, std::move(args), false);
    n.window = window;
    return n;
}

int RuleParser::parseWindow(const std::string& function) {
    const RuleToken& t = peek();
    const std::string usage = function == "count_days" ? "count_days(condition, N)" : function + "(x, N)";
    if (t.kind != TokenKind::Number || t.number < 1 || t.number != std::floor(t.number))
        fail(t, "N must be a positive integer constant, got " + describe(t), usage + ": N business days, e.g. 20");
    if (t.number > kMaxRuleWindow) fail(t, "N must be at most " + std::to_string(kMaxRuleWindow) + " business days");
    next();
    return static_cast<int>(t.number);
}

const RuleToken& RuleParser::next() {
    const RuleToken& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
}

bool RuleParser::isKeyword(const RuleToken& t, std::string_view english, std::string_view chinese) const {
    return t.kind == TokenKind::Identifier && (t.text == english || (!chinese.empty() && t.text == chinese));
}

bool RuleParser::startsOperand(const RuleToken& t) const {
    switch (t.kind) {
        case TokenKind::String:  // not an operand, but parsePrimary says so more precisely
        case TokenKind::Number:
        case TokenKind::LeftParen:
        case TokenKind::Minus:
            return true;
        case TokenKind::Identifier:
            return std::find(std::begin(kReservedWords), std::end(kReservedWords), t.text) == std::end(kReservedWords) ||
                   isKeyword(t, "not", "非");
        default:
            return false;
    }
}

void RuleParser::fail(const RuleToken& at, std::string message, std::string hint) {
    error_ = RuleError{at.line, at.column, std::move(message), std::move(hint)};
    throw Failure{};
}

void RuleParser::requireCondition(const RuleNode& n, const char* where) {
    if (!n.condition)
        fail(RuleToken{TokenKind::End, {}, {}, 0, n.line, n.column},
             std::string(where) + " needs a condition, got a number", "compare it, e.g. overnight_share > 0.8");
}

void RuleParser::requireNumber(const RuleNode& n, const char* where) {
    if (n.condition)
        fail(RuleToken{TokenKind::End, {}, {}, 0, n.line, n.column},
             std::string(where) + " needs a number, got a condition",
             "count_days(condition, N) turns a condition into a number");
}

RuleNode RuleParser::make(RuleOp op, const RuleToken& at, std::vector<RuleNode> args, bool condition) {
    if (++nodes_ > kMaxRuleNodes)
        fail(at, "the condition is too large (more than " + std::to_string(kMaxRuleNodes) + " parts)",
             "split it into several rules");
    RuleNode n;
    n.op = op;
    n.condition = condition;
    n.line = at.line;
    n.column = at.column;
    n.args = std::move(args);
    if (op == RuleOp::Number) n.number = at.number;
    return n;
}

void RuleParser::enter(const RuleToken& at) {
    if (++depth_ > kMaxRuleDepth)
        fail(at, "the condition is nested too deeply (more than " + std::to_string(kMaxRuleDepth) + " levels)",
             "split it into several rules");
}

}  // namespace eagle
