#include "TableExporter.h"

#include "CsvText.h"
#include "Database.h"
#include "Date.h"
#include "TableColumns.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace eagle {

std::int64_t TableExporter::run(const std::string& table, const std::string& path, const ExportOptions& options,
                                const ProgressCallback& progress, std::stop_token stop) {
    const auto columns = tableColumns(db_, table);
    Statement total = db_.prepare("SELECT count(*) FROM \"" + table + "\"");  // name checked by tableColumns
    total.step();
    const std::int64_t rows = total.int64(0);
    // Rows in the order they were written; a table WITHOUT ROWID is read in key order.
    auto& kind = db_.cached("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table' AND name = ?");
    kind.bind(1, table);
    const bool withoutRowid = kind.step() && kind.int64(0) != 0;
    Statement s = db_.prepare("SELECT * FROM \"" + table + "\"" + (withoutRowid ? "" : " ORDER BY rowid"));
    const std::string partial = path + ".partial";
    std::ofstream file(partial, std::ios::binary);
    if (!file) throw StoreError(path + ": cannot write");
    std::string out;
    if (options.bom) out += "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c) out += options.delimiter;
        appendCsvField(out, columns[c].name, options.delimiter);
    }
    out += '\n';
    std::int64_t written = 0;
    try {
        while (s.step()) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                if (c) out += options.delimiter;
                const int col = static_cast<int>(c);
                if (s.isNull(col)) continue;
                switch (columns[c].type) {
                case TableColumn::Type::Day: out += Date(static_cast<std::int32_t>(s.int64(col))).toString(); break;
                case TableColumn::Type::Integer: out += std::to_string(s.int64(col)); break;
                case TableColumn::Type::Real: {
                    char buf[32];
                    std::snprintf(buf, sizeof buf, "%.17g", s.real(col));
                    out += buf;
                    break;
                }
                case TableColumn::Type::Text: appendCsvField(out, s.text(col), options.delimiter); break;
                }
            }
            out += '\n';
            if (++written % 65536 == 0) {
                throwIfStopped(stop);
                if (progress) progress(rows ? double(written) / double(rows) : 1.0, "Exporting " + table);
            }
            if (out.size() > (1 << 20)) {
                file.write(out.data(), static_cast<std::streamsize>(out.size()));
                out.clear();
            }
        }
        file.write(out.data(), static_cast<std::streamsize>(out.size()));
        file.close();
        if (!file) throw StoreError(path + ": cannot write");
        std::filesystem::rename(partial, path);
    } catch (...) {
        file.close();
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw;
    }
    if (progress) progress(1.0, "Exported " + table);
    return written;
}

}  // namespace eagle
