#include "RuleCompiler.h"

#include <algorithm>

namespace eagle {
namespace {

bool isComparison(RuleOp op) { return op >= RuleOp::Less && op <= RuleOp::NotEqual; }

}  // namespace

void RuleCompiler::compile(const RuleNode& condition, CompiledRule& rule) {
    rule.code.clear();
    rule.features.clear();
    rule.subject = -1;
    emit(condition, findSubject(condition), rule);
}

// The left side of the first comparison in reading order: in "count_days(x > 0.9, 10) >= 5" the
// count, in "overnight_share > 0.9 and ..." the overnight share. It is what {value} shows.
const RuleNode* RuleCompiler::findSubject(const RuleNode& n) {
    if (isComparison(n.op)) return &n.args[0];
    for (const RuleNode& a : n.args)
        if (const RuleNode* s = findSubject(a)) return s;
    return nullptr;
}

void RuleCompiler::emit(const RuleNode& n, const RuleNode* subject, CompiledRule& rule) {
    for (const RuleNode& a : n.args) emit(a, subject, rule);
    rule.code.push_back({n.op, n.number, n.slot, n.window});
    if (&n == subject) rule.subject = static_cast<int>(rule.code.size()) - 1;
    if (n.op == RuleOp::Feature && std::find(rule.features.begin(), rule.features.end(), n.slot) == rule.features.end())
        rule.features.push_back(n.slot);
}

}  // namespace eagle
