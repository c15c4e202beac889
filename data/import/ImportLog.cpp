#include "ImportLog.h"

#include "Database.h"

#include <chrono>
#include <ctime>

namespace eagle {
namespace {
ImportRecord recordAt(Statement& s) {
    return {s.int64(0),  s.text(1),  s.text(2),  s.text(3),  s.int64(4),  s.text(5),  s.text(6),
            s.text(7),   s.text(8),  s.text(9),  s.int64(10), s.int64(11), s.int64(12), s.int64(13)};
}
}  // namespace

std::string ImportLog::now() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local);
    return buf;
}

std::int64_t ImportLog::begin(const ImportRecord& r) {
    auto& s = db_.cached(
        "INSERT INTO import_history(file, kind, bytes, format, mapping, mode, started) VALUES (?,?,?,?,?,?,?)");
    s.bind(1, r.file).bind(2, r.kind).bind(3, r.bytes).bind(4, r.format).bind(5, r.mapping).bind(6, r.mode);
    s.bind(7, r.started);
    s.run();
    return db_.lastInsertId();
}

void ImportLog::finish(const ImportRecord& r) {
    auto& s = db_.cached(
        "UPDATE import_history SET content_hash = ?, format = ?, finished = ?, rows_read = ?, rows_imported = ?, "
        "rows_rejected = ?, rows_skipped = ? WHERE id = ?");
    s.bind(1, r.contentHash).bind(2, r.format).bind(3, r.finished).bind(4, r.rowsRead).bind(5, r.rowsImported);
    s.bind(6, r.rowsRejected).bind(7, r.rowsSkipped).bind(8, r.id);
    s.run();
}

void ImportLog::quarantine(const QuarantineRow& q) {
    auto& s = db_.cached("INSERT INTO quarantine(import_id, line, column_name, reason, record) VALUES (?,?,?,?,?)");
    s.bind(1, q.importId).bind(2, q.problem.line).bind(3, q.problem.column).bind(4, q.problem.reason);
    s.bind(5, q.record);
    s.run();
}

std::optional<ImportRecord> ImportLog::find(const std::string& kind, const std::string& contentHash) {
    auto& s = db_.cached(
        "SELECT id, file, kind, coalesce(content_hash, ''), bytes, format, mapping, mode, started, "
        "coalesce(finished, ''), rows_read, rows_imported, rows_rejected, rows_skipped FROM import_history WHERE kind = ? AND content_hash = ?");
    s.bind(1, kind).bind(2, contentHash);
    if (!s.step()) return std::nullopt;
    return recordAt(s);
}

bool ImportLog::hasImportOfSize(const std::string& kind, std::int64_t bytes) {
    auto& s = db_.cached("SELECT 1 FROM import_history WHERE kind = ? AND bytes = ? LIMIT 1");
    s.bind(1, kind).bind(2, bytes);
    return s.step();
}

std::vector<ImportRecord> ImportLog::history() {
    auto& s = db_.cached(
        "SELECT id, file, kind, coalesce(content_hash, ''), bytes, format, mapping, mode, started, "
        "coalesce(finished, ''), rows_read, rows_imported, rows_rejected, rows_skipped FROM import_history ORDER BY id");
    std::vector<ImportRecord> out;
    while (s.step()) out.push_back(recordAt(s));
    return out;
}

std::vector<QuarantineRow> ImportLog::quarantined(std::int64_t importId) {
    auto& s = db_.cached(
        "SELECT import_id, line, column_name, reason, record FROM quarantine WHERE import_id = ? ORDER BY line, id");
    s.bind(1, importId);
    std::vector<QuarantineRow> out;
    while (s.step()) out.push_back({s.int64(0), {s.int64(1), s.text(2), s.text(3)}, s.text(4)});
    return out;
}

void ImportLog::saveMapping(const SavedMapping& m) {
    auto& s = db_.cached("INSERT OR REPLACE INTO import_mapping(name, kind, json, saved) VALUES (?,?,?,?)");
    s.bind(1, m.name).bind(2, m.kind).bind(3, m.json).bind(4, m.saved.empty() ? now() : m.saved);
    s.run();
}

void ImportLog::removeMapping(const std::string& name) {
    auto& s = db_.cached("DELETE FROM import_mapping WHERE name = ?");
    s.bind(1, name);
    s.run();
}

std::vector<SavedMapping> ImportLog::mappings() {
    auto& s = db_.cached("SELECT name, kind, json, saved FROM import_mapping ORDER BY name");
    std::vector<SavedMapping> out;
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
    return out;
}

}  // namespace eagle
