#pragma once
// Imports one file into the workspace in one transaction: reads it as a stream, maps and
// validates every row, writes the valid ones, and by mode either keeps them and quarantines the
// rest (accept valid) or keeps nothing unless every row is valid (all or nothing). A file whose
// content was imported before (same kind, same SHA-256) changes nothing; a cancelled or failed
// import leaves the store exactly as it was.

#include "EntityKind.h"
#include "ImportProblem.h"
#include "Mapping.h"
#include "Progress.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace eagle {

class RecordSource;
class Store;

enum class ImportFormat { Csv, Fix };

struct ImportOptions {
    EntityKind kind = EntityKind::Trades;
    std::string table;               // import into this table in its own layout (TableExporter's) instead
    ImportFormat format = ImportFormat::Csv;
    Mapping mapping;
    bool acceptValid = false;        // keep the valid rows and quarantine the others
    bool dryRun = false;             // validate only: nothing is kept
    std::size_t maxProblems = 1000;  // problems listed in the report (all are counted)
};

struct ImportReport {
    std::string file;
    std::string kind;
    std::string format;  // what was detected: encoding, delimiter
    std::string contentHash;
    std::int64_t importId = 0;  // the history row (0 when nothing was kept)
    std::int64_t rowsRead = 0, rowsValid = 0, rowsImported = 0, rowsRejected = 0, rowsSkipped = 0;
    std::int64_t problemCount = 0;
    std::vector<ImportProblem> problems;  // the first maxProblems, in file order
    bool committed = false;
    bool alreadyImported = false;  // the same content was imported before, as previousImport
    std::int64_t previousImport = 0;
    std::string summary() const;   // one line for people
};

class ImportSession {
public:
    ImportSession(Store& store, ImportOptions options);
    // Throws ImportError when the file cannot be read on (nothing is kept), Cancelled when stop
    // is requested (nothing is kept).
    ImportReport run(const std::string& path, const ProgressCallback& progress = {}, std::stop_token stop = {});

    // The name history and idempotence go by: the entity kind, or "table:NAME".
    std::string kindName() const;

private:
    ImportReport runSource(RecordSource& source, const std::string& path, const ProgressCallback& progress,
                           const std::stop_token& stop);

    Store& store_;
    ImportOptions options_;
};

}  // namespace eagle
