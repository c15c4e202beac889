#pragma once
// Turns a checked condition tree into the flat postfix program the evaluator runs.

#include "RuleProgram.h"

namespace eagle {

class RuleCompiler {
public:
    // Fills rule.code, rule.subject and rule.features from the condition.
    static void compile(const RuleNode& condition, CompiledRule& rule);

private:
    static void emit(const RuleNode& n, const RuleNode* subject, CompiledRule& rule);
    static const RuleNode* findSubject(const RuleNode& n);
};

}  // namespace eagle
