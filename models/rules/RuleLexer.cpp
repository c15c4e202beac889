#include "RuleLexer.h"

#include <charconv>

namespace eagle {
namespace {

bool isIdentifierStart(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool isFullWidthPunctuation(char32_t c) {
    return c == 0xFF08 || c == 0xFF09 || c == 0xFF0C || c == 0x3000 || c == 0xFF1C || c == 0xFF1E || c == 0xFF1D ||
           c == 0x201C || c == 0x201D || c == 0x3002;
}

}  // namespace

std::size_t RuleLexer::lengthAt(std::size_t offset) const {
    const auto c = static_cast<unsigned char>(text_[offset]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return std::min(len, text_.size() - offset);
}

char32_t RuleLexer::peek(std::size_t ahead) const {
    std::size_t p = pos_;
    for (std::size_t k = 0; k < ahead && p < text_.size(); ++k) p += lengthAt(p);
    if (p >= text_.size()) return 0;
    const std::size_t len = lengthAt(p);
    const auto lead = static_cast<unsigned char>(text_[p]);
    if (len == 1) return lead;
    char32_t cp = lead & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text_[p + k]) & 0x3F);
    return cp;
}

char32_t RuleLexer::advance() {
    const char32_t c = peek();
    pos_ += lengthAt(pos_);
    if (c == '\n') {
        ++line_;
        column_ = 1;
    } else {
        ++column_;
    }
    return c;
}

void RuleLexer::fail(int line, int column, std::string message, std::string hint) {
    if (!error_) error_ = RuleError{line, column, std::move(message), std::move(hint)};
}

std::vector<RuleToken> RuleLexer::tokens() {
    std::vector<RuleToken> out;
    while (!error_) {
        // Whitespace and # comments to the end of the line.
        while (pos_ < text_.size()) {
            const char32_t c = peek();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                advance();
            else if (c == '#') {
                while (pos_ < text_.size() && peek() != '\n') advance();
            } else
                break;
        }
        RuleToken t;
        t.line = line_;
        t.column = column_;
        if (pos_ >= text_.size()) {
            t.begin = t.end = pos_;
            out.push_back(t);
            return out;
        }
        const char32_t c = peek();
        const std::size_t start = pos_;
        if (isFullWidthPunctuation(c)) {
            fail(line_, column_, "full-width punctuation is not part of the language",
                 "use ASCII ( ) , < > = \" instead");
            break;
        }
        if (isIdentifierStart(c)) {
            while (pos_ < text_.size() && (isIdentifierStart(peek()) || isDigit(peek())) &&
                   !isFullWidthPunctuation(peek()))
                advance();
            t.kind = TokenKind::Identifier;
            t.text = std::string(text_.substr(start, pos_ - start));
        } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            if (!lexNumber(t)) break;
        } else if (c == '"') {
            if (!lexString(t)) break;
        } else {
            advance();
            const char32_t n = peek();
            auto two = [&](TokenKind k) { advance(), t.kind = k; };
            switch (c) {
                case '+':
                    t.kind = TokenKind::Plus;
                    break;
                case '-':
                    t.kind = TokenKind::Minus;
                    break;
                case '*':
                    t.kind = TokenKind::Star;
                    break;
                case '/':
                    t.kind = TokenKind::Slash;
                    break;
                case '(':
                    t.kind = TokenKind::LeftParen;
                    break;
                case ')':
                    t.kind = TokenKind::RightParen;
                    break;
                case ',':
                    t.kind = TokenKind::Comma;
                    break;
                case '<':
                    n == '=' ? two(TokenKind::LessEqual) : void(t.kind = TokenKind::Less);
                    break;
                case '>':
                    n == '=' ? two(TokenKind::GreaterEqual) : void(t.kind = TokenKind::Greater);
                    break;
                case '=':
                    if (n == '=')
                        two(TokenKind::Equal);
                    else
                        fail(t.line, t.column, "unexpected '='", "compare with ==");
                    break;
                case '!':
                    if (n == '=')
                        two(TokenKind::NotEqual);
                    else
                        fail(t.line, t.column, "unexpected '!'", "use not, or != to compare");
                    break;
                default:
                    fail(t.line, t.column,
                         "unexpected character '" + std::string(text_.substr(start, pos_ - start)) + "'");
            }
            if (error_) break;
            t.text = std::string(text_.substr(start, pos_ - start));
        }
        t.begin = start;
        t.end = pos_;
        out.push_back(std::move(t));
    }
    RuleToken end;
    end.line = line_;
    end.column = column_;
    end.begin = end.end = pos_;
    out.push_back(end);
    return out;
}

bool RuleLexer::lexNumber(RuleToken& t) {
    const std::size_t start = pos_;
    while (isDigit(peek()) || peek() == '.') advance();
    if ((peek() == 'e' || peek() == 'E') &&
        (isDigit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && isDigit(peek(2))))) {
        advance();
        if (peek() == '-' || peek() == '+') advance();
        while (isDigit(peek())) advance();
    }
    const std::string_view s = text_.substr(start, pos_ - start);
    const auto r = std::from_chars(s.data(), s.data() + s.size(), t.number);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
        fail(t.line, t.column, "malformed number '" + std::string(s) + "'");
        return false;
    }
    if (isIdentifierStart(peek())) {
        fail(line_, column_, "a number cannot be followed directly by a letter",
             "write 1e9 for a billion; there are no unit suffixes");
        return false;
    }
    t.kind = TokenKind::Number;
    t.text = std::string(s);
    return true;
}

bool RuleLexer::lexString(RuleToken& t) {
    advance();  // opening quote
    const std::size_t start = pos_;
    while (pos_ < text_.size() && peek() != '"') {
        if (peek() == '\n') break;
        if (peek() == '\\') {
            advance();
            const char32_t e = peek();
            if (e != '"' && e != '\\' && e != 'n') {
                fail(line_, column_ - 1, "unknown escape in text", "use \\\" for a quote, \\\\ for a backslash");
                return false;
            }
            t.text += e == 'n' ? '\n' : static_cast<char>(e);
            advance();
            continue;
        }
        const std::size_t before = pos_;
        advance();
        t.text.append(text_.substr(before, pos_ - before));
    }
    if (peek() != '"') {
        fail(t.line, t.column, "text is never closed", "end it with \" on the same line");
        return false;
    }
    t.raw = std::string(text_.substr(start, pos_ - start));
    advance();
    t.kind = TokenKind::String;
    return true;
}

}  // namespace eagle
