#pragma once
// Parses a rule file against the workspace's features: syntax, feature names, function
// arguments and true/false versus number checked here, with line and column for every error.
// The grammar is in docs/rules.md.

#include "FeatureCatalog.h"
#include "RuleProgram.h"
#include "RuleToken.h"

#include <string_view>

namespace eagle {

class RuleParser {
public:
    explicit RuleParser(const FeatureCatalog& catalog) : catalog_(catalog) {}
    // Every rule of the file; a rule with an error is reported and skipped, and parsing resumes
    // at the next 'rule', so one run of --check lists the problems of every rule.
    RuleSet parse(std::string_view text);

private:
    struct Failure {};  // unwinds one rule after its error is recorded

    void parseRule(RuleSet& out);
    RuleNode parseExpression();
    RuleNode parseOr();
    RuleNode parseAnd();
    RuleNode parseNot();
    RuleNode parseComparison();
    RuleNode parseSum();
    RuleNode parseProduct();
    RuleNode parseUnary();
    RuleNode parsePrimary();
    RuleNode parseCall(const RuleToken& name);
    int parseWindow(const std::string& function);

    const RuleToken& peek() const { return tokens_[pos_]; }
    const RuleToken& next();
    bool isKeyword(const RuleToken& t, std::string_view english, std::string_view chinese = {}) const;
    bool startsOperand(const RuleToken& t) const;
    [[noreturn]] void fail(const RuleToken& at, std::string message, std::string hint = {});
    void requireCondition(const RuleNode& n, const char* where);
    void requireNumber(const RuleNode& n, const char* where);
    RuleNode make(RuleOp op, const RuleToken& at, std::vector<RuleNode> args, bool condition);
    void enter(const RuleToken& at);

    const FeatureCatalog& catalog_;
    std::string_view text_;
    std::vector<RuleToken> tokens_;
    std::size_t pos_ = 0;
    RuleError error_;
    int depth_ = 0;
    int nodes_ = 0;
};

}  // namespace eagle
