#pragma once
// One token of a rule file, with where it starts.

#include <cstddef>
#include <string>

namespace eagle {

enum class TokenKind {
    Identifier,  // feature names, aliases, keywords (rule, when, and, 且 ...) and function names
    Number,
    String,  // a double-quoted text; `text` holds it unescaped, `raw` as written
    Plus,
    Minus,
    Star,
    Slash,
    LeftParen,
    RightParen,
    Comma,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
    End,
};

struct RuleToken {
    TokenKind kind = TokenKind::End;
    std::string text;
    std::string raw;
    double number = 0;
    int line = 1;
    int column = 1;
    std::size_t begin = 0;  // byte offsets in the file: [begin, end)
    std::size_t end = 0;
};

}  // namespace eagle
