#pragma once
// The functions of the rule language: their names, arity and the shape of their arguments. The
// whole list; there is no way for a rule to call anything else.

#include "RuleAst.h"

#include <string_view>

namespace eagle {

struct FunctionSpec {
    std::string_view name;
    RuleOp op;
    int arguments;
    bool windowed;        // the last argument is N, a positive integer constant
    bool conditionFirst;  // the first argument is true/false (count_days)
    std::string_view usage;
};

inline constexpr FunctionSpec kFunctions[] = {
    {"mean", RuleOp::Mean, 2, true, false, "mean(x, N)"},
    {"change", RuleOp::Change, 2, true, false, "change(x, N)"},
    {"count_days", RuleOp::CountDays, 2, true, true, "count_days(condition, N)"},
    {"peer_rank", RuleOp::PeerRank, 1, false, false, "peer_rank(x)"},
    {"zscore", RuleOp::ZScore, 2, true, false, "zscore(x, N)"},
    {"abs", RuleOp::Abs, 1, false, false, "abs(x)"},
    {"min", RuleOp::Min, 2, false, false, "min(x, y)"},
    {"max", RuleOp::Max, 2, false, false, "max(x, y)"},
};

inline const FunctionSpec* findFunction(std::string_view name) {
    for (const auto& f : kFunctions)
        if (f.name == name) return &f;
    return nullptr;
}

}  // namespace eagle
