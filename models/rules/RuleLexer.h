#pragma once
// Splits a rule file into tokens. Columns count characters, not bytes, so positions in Chinese
// text point where a supervisor looks.

#include "RuleError.h"
#include "RuleToken.h"

#include <optional>
#include <string_view>
#include <vector>

namespace eagle {

class RuleLexer {
public:
    explicit RuleLexer(std::string_view text) : text_(text) {}
    // Every token up to and including End; on a character that cannot start a token, the tokens
    // so far and the error (tokens end there with End).
    std::vector<RuleToken> tokens();
    const std::optional<RuleError>& error() const { return error_; }

private:
    char32_t peek(std::size_t ahead = 0) const;
    char32_t advance();
    std::size_t lengthAt(std::size_t offset) const;
    bool lexString(RuleToken& t);
    bool lexNumber(RuleToken& t);
    void fail(int line, int column, std::string message, std::string hint = {});

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    std::optional<RuleError> error_;
};

}  // namespace eagle
