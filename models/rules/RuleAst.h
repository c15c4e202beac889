#pragma once
// The parsed form of a rule's condition: a tree of operations over feature values. There is no
// node that could name a table, a file or anything but a feature of the workspace.

#include <string>
#include <vector>

namespace eagle {

enum class RuleOp {
    Number,
    Feature,
    Negate,
    Add,
    Subtract,
    Multiply,
    Divide,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    And,
    Or,
    Not,
    Mean,       // mean(x, N): rolling mean over the last N business days, today included
    Change,     // change(x, N): x minus x N business days ago
    CountDays,  // count_days(cond, N): days among the last N on which cond held
    PeerRank,   // peer_rank(x): percentile 0-100 within the peer group that day
    ZScore,     // zscore(x, N): today against the N business days before it
    Abs,
    Min,
    Max,
};

enum class RuleSeverity { High, Medium, Low };
const char* nameOf(RuleSeverity s);

struct RuleNode {
    RuleOp op = RuleOp::Number;
    double number = 0;       // Number: the constant
    int slot = -1;           // Feature: the catalog slot
    int window = 0;          // Mean, Change, CountDays, ZScore: N
    bool condition = false;  // true/false valued (comparisons, and/or/not); otherwise a number
    bool subject = false;    // the value {value} in the message stands for
    int line = 0, column = 0;
    std::vector<RuleNode> args;
};

}  // namespace eagle
