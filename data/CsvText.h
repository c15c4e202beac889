#pragma once
// One CSV field as spreadsheet programs and our own importer read it back: quoted when empty or
// when it holds the delimiter, a quote, a line break or edge spaces; quotes doubled.

#include <string>
#include <string_view>

namespace eagle {

inline void appendCsvField(std::string& out, std::string_view v, char delimiter = ',') {
    const bool quote = v.empty() ||
                       v.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string_view::npos ||
                       v.front() == ' ' || v.back() == ' ';
    if (!quote) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace eagle
