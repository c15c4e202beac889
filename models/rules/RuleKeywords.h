#pragma once
// The words of the rule language, in one place for the parser, the editor's highlighting and its
// completion.

#include <string_view>

namespace eagle {

// Words that cannot be an operand: they end an expression (so that "x > 1 and" reads as an error).
inline constexpr std::string_view kReservedWords[] = {"rule", "severity", "when", "message", "and",
                                                      "or",   "not",      "且",   "或",      "非"};
// Every keyword a rule file may hold, English and Chinese.
inline constexpr std::string_view kKeywordWords[] = {"rule", "规则", "severity", "级别", "when", "当",  "message",
                                                     "提示", "and",  "且",       "or",   "或",   "not", "非"};
inline constexpr std::string_view kSeverityWords[] = {"high", "高", "medium", "中", "low", "低"};

}  // namespace eagle
