#pragma once
// A problem in a rule's text, with the position a supervisor needs to fix it.

#include <string>

namespace eagle {

struct RuleError {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters (a Chinese character is one column)
    std::string message;
    std::string hint;  // optional: a suggestion such as "did you mean overnight_share?"

    // "line L, column C: message (hint)"
    std::string toString() const {
        std::string s = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
        if (!hint.empty()) s += " (" + hint + ")";
        return s;
    }
};

}  // namespace eagle
