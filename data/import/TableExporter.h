#pragma once
// Writes a workspace table to CSV, exactly enough that importing the file back gives the same
// rows: all columns in order, reals to 17 significant digits, days as YYYY-MM-DD, NULL as an
// empty field and empty text as "". Written under a temporary name and renamed when complete.

#include "Progress.h"

#include <cstdint>
#include <stop_token>
#include <string>

namespace eagle {

class Database;

struct ExportOptions {
    bool bom = false;  // a UTF-8 byte order mark, for spreadsheet programs
    char delimiter = ',';
};

class TableExporter {
public:
    explicit TableExporter(Database& db) : db_(db) {}
    // Returns the number of rows written; throws StoreError for an unknown table, Cancelled
    // when stopped (no file is left behind).
    std::int64_t run(const std::string& table, const std::string& path, const ExportOptions& options = {},
                     const ProgressCallback& progress = {}, std::stop_token stop = {});

private:
    Database& db_;
};

}  // namespace eagle
