#include "ExportCommand.h"

#include "AuditLog.h"
#include "Options.h"
#include "Store.h"
#include "TableColumns.h"
#include "TableExporter.h"

#include <filesystem>
#include <iostream>

namespace eagle::cli {

const char* const kExportHelp =
    "usage: eagleeye-cli export WORKSPACE --table NAME --out FILE [--bom] [--delimiter D] [--force]\n"
    "\n"
    "Writes a table of the workspace (market data, results, import history, quarantine) to CSV in\n"
    "UTF-8: every column, days as YYYY-MM-DD, NULL as an empty field. 'eagleeye-cli import\n"
    "--kind table --table NAME' reads the file back to identical rows.\n"
    "\n"
    "  --table NAME    the table; 'eagleeye-cli info' lists them\n"
    "  --out FILE      the CSV file to write\n"
    "  --bom           start with a UTF-8 byte order mark (for spreadsheet programs)\n"
    "  --delimiter D   , ; tab or | (default ,)\n"
    "  --force         replace FILE if it exists\n";

int exportTable(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    const std::string table = o.required("table");
    const std::string path = o.required("out");
    ExportOptions options;
    options.bom = o.has("bom");
    if (const auto d = o.value("delimiter")) {
        if (*d == "tab" || *d == "\\t") options.delimiter = '\t';
        else if (d->size() == 1) options.delimiter = (*d)[0];
        else throw UsageError("--delimiter must be one character or 'tab'");
    }
    if (std::filesystem::exists(path) && !o.has("force"))
        throw std::runtime_error(path + ": file already exists (use --force to replace it)");
    std::int64_t rows = 0;
    {
        // Closed before the audit entry is written, so that the writer is the last connection
        // and folds its write-ahead log back into the file.
        Store store = Store::openReadOnly(o.positional().front());
        rows = TableExporter(store.database()).run(table, path, options);
    }
    out << "exported " << rows << " rows of " << table << " to " << path << "\n";
    try {
        AuditLog::recordIn(o.positional().front(), "export", path, table + ": " + std::to_string(rows) + " rows");
    } catch (const StoreError& e) {
        err << "warning: not recorded in the audit log: " << e.what() << "\n";
    }
    return 0;
}

}  // namespace eagle::cli
