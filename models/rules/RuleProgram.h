#pragma once
// Compiled rules: each condition as a flat postfix program over whole feature arrays. The
// instruction set reads features and computes; nothing in it can write, loop or leave the arrays.

#include "MessageTemplate.h"
#include "RuleAst.h"
#include "RuleError.h"

#include <string>
#include <vector>

namespace eagle {

struct Instruction {
    RuleOp op = RuleOp::Number;
    double number = 0;
    int slot = -1;
    int window = 0;
};

struct CompiledRule {
    std::string name;
    RuleSeverity severity = RuleSeverity::Medium;
    std::string text;  // the rule as written, from 'rule' to the end of its message
    int line = 0;
    std::vector<Instruction> code;  // postfix; leaves one true/false array
    int subject = -1;               // the instruction whose result is {value}; -1: none
    std::vector<int> features;      // catalog slots the condition reads, then those the message shows
    MessageTemplate message;
};

struct RuleSet {
    std::vector<CompiledRule> rules;
    std::vector<RuleError> errors;  // in file order; rules with errors are left out of `rules`
    bool ok() const { return errors.empty(); }
};

// Limits that keep every rule's evaluation small and bounded.
inline constexpr int kMaxRuleDepth = 24;
inline constexpr int kMaxRuleNodes = 128;
inline constexpr int kMaxRuleWindow = 1000;

}  // namespace eagle
