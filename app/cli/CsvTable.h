#pragma once
// A small CSV table read record by record for the CLI's own input files (stress exposures and
// buffers, interbank totals): columns found by any of several header names, amounts parsed, and
// every problem reported as "file: line L, column C (header): reason".

#include "CsvReader.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eagle::cli {

class CsvTable {
public:
    explicit CsvTable(const std::string& path);
    bool next();  // the next record; false at the end
    bool blank() const { return record_.fields.size() == 1 && record_.fields[0].empty(); }
    std::size_t size() const { return record_.fields.size(); }
    std::string_view field(std::size_t k) const { return record_.fields[k]; }
    // The current record taken as a header: lower case, spaces and quotes removed.
    std::vector<std::string> header() const;
    // A non-negative amount in column k.
    double amount(std::size_t column, const std::string& header = {}) const;
    void requireFields(std::size_t count) const;
    [[noreturn]] void fail(std::size_t column, const std::string& reason, const std::string& header = {}) const;
    [[noreturn]] void failLine(const std::string& reason) const;
    const std::string& path() const { return path_; }

    static std::optional<double> number(std::string_view text);
    static std::optional<std::size_t> column(const std::vector<std::string>& header,
                                             std::initializer_list<const char*> names);

private:
    std::string path_;
    CsvReader reader_;
    CsvRecord record_;
};

}  // namespace eagle::cli
