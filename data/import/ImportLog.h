#pragma once
// The workspace's record of imports: one history row per import (file, kind, content hash,
// counts), the rows each import rejected (quarantine), and mappings saved by name.

#include "ImportProblem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

class Database;

struct ImportRecord {
    std::int64_t id = 0;
    std::string file;
    std::string kind;
    std::string contentHash;
    std::int64_t bytes = 0;
    std::string format;
    std::string mapping;  // JSON of the mapping used
    std::string mode;     // all_or_nothing | accept_valid
    std::string started;
    std::string finished;
    std::int64_t rowsRead = 0, rowsImported = 0, rowsRejected = 0, rowsSkipped = 0;
};

struct QuarantineRow {
    std::int64_t importId = 0;
    ImportProblem problem;
    std::string record;  // the rejected record as written in the file
};

struct SavedMapping {
    std::string name;
    std::string kind;
    std::string json;
    std::string saved;
};

class ImportLog {
public:
    explicit ImportLog(Database& db) : db_(db) {}

    // Starts a history row (its content hash is set by finish()).
    std::int64_t begin(const ImportRecord& record);
    void finish(const ImportRecord& record);
    void quarantine(const QuarantineRow& row);

    // The committed import of this kind with this content hash, if any.
    std::optional<ImportRecord> find(const std::string& kind, const std::string& contentHash);
    bool hasImportOfSize(const std::string& kind, std::int64_t bytes);
    std::vector<ImportRecord> history();
    std::vector<QuarantineRow> quarantined(std::int64_t importId);

    void saveMapping(const SavedMapping& mapping);
    void removeMapping(const std::string& name);
    std::vector<SavedMapping> mappings();

    static std::string now();  // local time, ISO 8601

private:
    Database& db_;
};

}  // namespace eagle
