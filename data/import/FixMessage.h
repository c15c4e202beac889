#pragma once
// One FIX 4.4 / IMIX tag=value message, split into fields and checked: BeginString first,
// BodyLength (9) equal to the bytes between it and the CheckSum, CheckSum (10) equal to the sum
// of the bytes before it modulo 256. A '|' separator is counted as SOH, as logs print it.

#include "ImportProblem.h"

#include <optional>
#include <string_view>
#include <vector>

namespace eagle {

struct FixField {
    int tag = 0;
    std::string_view value;
};

class FixMessage {
public:
    // text runs from "8=" up to and including the separator after the CheckSum value.
    // Problems carry the tag as their column and line as given.
    static FixMessage parse(std::string_view text, char separator, std::int64_t line);

    const std::vector<FixField>& fields() const { return fields_; }
    std::optional<std::string_view> value(int tag) const;
    const std::vector<ImportProblem>& problems() const { return problems_; }

private:
    std::vector<FixField> fields_;
    std::vector<ImportProblem> problems_;
};

// The end of the message that starts at text[0] (one past the separator that ends 10=NNN), or
// npos when the text holds no complete CheckSum field yet.
std::size_t fixMessageEnd(std::string_view text, char separator);

}  // namespace eagle
