#include "CsvTable.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace eagle::cli {

CsvTable::CsvTable(const std::string& path) : path_(path), reader_(path, CsvOptions{}) {}

bool CsvTable::next() {
    try {
        return reader_.next(record_);
    } catch (const ImportError& e) {
        throw std::runtime_error(describe(path_, e.problem()));
    }
}

std::vector<std::string> CsvTable::header() const {
    std::vector<std::string> out;
    for (std::string_view f : record_.fields) {
        std::string name;
        for (char c : f)
            if (c != ' ' && c != '"') name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.push_back(std::move(name));
    }
    return out;
}

std::optional<double> CsvTable::number(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    if (s.empty()) return std::nullopt;
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<std::size_t> CsvTable::column(const std::vector<std::string>& header,
                                            std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (auto it = std::find(header.begin(), header.end(), name); it != header.end())
            return static_cast<std::size_t>(it - header.begin());
    return std::nullopt;
}

double CsvTable::amount(std::size_t column, const std::string& header) const {
    const auto v = number(field(column));
    if (!v) fail(column, "'" + std::string(field(column)) + "' is not a number", header);
    if (*v < 0) fail(column, "negative amount " + std::string(field(column)), header);
    return *v;
}

void CsvTable::requireFields(std::size_t count) const {
    if (size() != count) failLine("expected " + std::to_string(count) + " fields, found " + std::to_string(size()));
}

void CsvTable::fail(std::size_t column, const std::string& reason, const std::string& header) const {
    throw std::runtime_error(describe(
        path_, {record_.line, std::to_string(column + 1) + (header.empty() ? "" : " (" + header + ")"), reason}));
}

void CsvTable::failLine(const std::string& reason) const {
    throw std::runtime_error(describe(path_, {record_.line, {}, reason}));
}

}  // namespace eagle::cli
