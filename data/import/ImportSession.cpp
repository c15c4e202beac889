#include "ImportSession.h"

#include "AuditLog.h"
#include "Database.h"
#include "DeferredIndexes.h"
#include "EntityImporter.h"
#include "FixSource.h"
#include "ImportLog.h"
#include "MappedRow.h"
#include "RecordSource.h"
#include "Sha256.h"
#include "Store.h"
#include "TableImporter.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

namespace eagle {
namespace {

constexpr std::int64_t kProgressEveryRows = 1 << 15;
constexpr std::uint64_t kDeferIndexesBytes = 32u << 20;

std::string tableOf(EntityKind kind) {
    switch (kind) {
    case EntityKind::Institutions: return "institution";
    case EntityKind::Relations: return "relation";
    case EntityKind::Instruments: return "instrument";
    case EntityKind::Trades: return "trade";
    case EntityKind::MarketDaily: return "market_daily";
    case EntityKind::BalanceDaily: return "balance_daily";
    case EntityKind::RiskEvents: return "risk_event";
    }
    return "trade";
}

struct ColumnFilter {
    int column;
    const RowFilter* filter;
};

bool keep(const CsvRecord& record, const std::vector<ColumnFilter>& filters) {
    for (const auto& f : filters) {
        const auto c = static_cast<std::size_t>(f.column);
        const std::string_view v = c < record.fields.size() ? record.fields[c] : std::string_view();
        if (std::find(f.filter->equals.begin(), f.filter->equals.end(), v) == f.filter->equals.end()) return false;
    }
    return true;
}

// The columns of a wide file that each hold one series.
std::vector<int> unpivotColumns(const Mapping& m, const std::vector<std::string>& header,
                                const std::vector<FieldBinding>& bindings) {
    std::vector<int> out;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const int col = static_cast<int>(c);
        if (header[c].empty()) continue;
        bool used = false;
        for (const auto& k : m.unpivot->keep) used = used || findColumn(header, k) == col;
        for (const auto& b : bindings) used = used || b.column == col;
        if (!used) out.push_back(col);
    }
    return out;
}

}  // namespace

std::string ImportReport::summary() const {
    if (alreadyImported)
        return file + ": already imported (import " + std::to_string(previousImport) + "), nothing changed";
    std::string s = file + ": " + std::to_string(rowsRead) + " rows read, " + std::to_string(rowsImported) +
                    " imported, " + std::to_string(rowsRejected) + " rejected";
    if (rowsSkipped) s += ", " + std::to_string(rowsSkipped) + " skipped by filters";
    if (!committed) s += rowsRejected ? "; nothing imported (all or nothing)" : "; nothing kept (validation only)";
    return s;
}

ImportSession::ImportSession(Store& store, ImportOptions options) : store_(store), options_(std::move(options)) {
    if (options_.format == ImportFormat::Fix) {
        options_.kind = EntityKind::Trades;
        Mapping fix = FixSource::tradeMapping();
        fix.priceTolerance = options_.mapping.priceTolerance;
        for (const auto& [field, source] : options_.mapping.fields) fix.fields[field] = source;
        options_.mapping = std::move(fix);
    }
}

std::string ImportSession::kindName() const {
    return options_.table.empty() ? std::string(nameOf(options_.kind)) : "table:" + options_.table;
}

ImportReport ImportSession::run(const std::string& path, const ProgressCallback& progress, std::stop_token stop) {
    ImportLog log(store_.database());
    const std::string kind = kindName();
    // Only a file of a size imported before can be a repeat: hash those first and skip them.
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > 0 && log.hasImportOfSize(kind, static_cast<std::int64_t>(size))) {
        const std::string hash = Sha256::ofFile(path);
        if (const auto previous = log.find(kind, hash)) {
            ImportReport r;
            r.file = path;
            r.kind = kind;
            r.contentHash = hash;
            r.alreadyImported = true;
            r.previousImport = previous->id;
            return r;
        }
    }
    std::unique_ptr<RecordSource> source;
    if (options_.format == ImportFormat::Fix)
        source = std::make_unique<FixSource>(path);
    else
        source = std::make_unique<CsvSource>(path, CsvOptions{options_.mapping.encoding, options_.mapping.delimiter});
    return runSource(*source, path, progress, stop);
}

ImportReport ImportSession::runSource(RecordSource& source, const std::string& path, const ProgressCallback& progress,
                                      const std::stop_token& stop) {
    const Mapping& mapping = options_.mapping;
    ImportReport report;
    report.file = path;
    report.kind = kindName();
    Database& db = store_.database();
    std::unique_ptr<EntityImporter> importer = options_.table.empty()
                                                   ? EntityImporter::create(options_.kind)
                                                   : std::make_unique<TableImporter>(db, options_.table);
    const std::vector<std::string> header = source.header();
    const auto fields = importer->fields();
    for (std::size_t c = 0; !options_.table.empty() && c < header.size(); ++c)
        if (findColumn(header, header[c]) == static_cast<int>(c) && std::none_of(fields.begin(), fields.end(), [&](const FieldSpec& f) { return f.name == header[c]; }))
            throw ImportError({1, header[c], "column '" + header[c] + "' is not in table " + options_.table});
    std::vector<FieldBinding> bindings = bindFields(fields, mapping, header);
    std::vector<ColumnFilter> filters;
    for (const auto& f : mapping.filters) {
        const int c = findColumn(header, f.column);
        if (c < 0) throw ImportError({1, f.column, "missing column '" + f.column + "' (used by a filter)"});
        filters.push_back({c, &f});
    }
    const std::vector<int> wide = mapping.unpivot ? unpivotColumns(mapping, header, bindings) : std::vector<int>{};
    MappedRow row(fields, mapping, std::move(bindings), header);
    report.format = source.format();

    ImportLog log(db);
    db.exec("PRAGMA cache_size = -65536");  // 64 MiB: index pages of a large import stay in memory
    Transaction tx(db);
    // A large load builds the target's non-unique indexes once at the end (from sorted data,
    // much faster than row by row). Inside the transaction, so a rollback brings them back;
    // unique indexes stay, as they detect duplicates.
    std::optional<DeferredIndexes> deferred;
    if (source.fileSize() > kDeferIndexesBytes)
        deferred.emplace(db, options_.table.empty() ? tableOf(options_.kind) : options_.table, std::vector<std::string>{},
                         DeferredIndexes::Which::NonUnique, DeferredIndexes::OnDestruction::RollbackRestores);
    importer->begin(store_, mapping);
    ImportRecord record;
    record.file = path;
    record.kind = report.kind;
    record.bytes = static_cast<std::int64_t>(source.fileSize());
    record.mapping = mapping.toJson();
    record.mode = options_.acceptValid ? "accept_valid" : "all_or_nothing";
    record.started = ImportLog::now();
    record.id = log.begin(record);

    const auto reject = [&](const CsvRecord& r, const std::vector<ImportProblem>& problems) {
        ++report.rowsRejected;
        for (const auto& p : problems) {
            ++report.problemCount;
            if (report.problems.size() < options_.maxProblems) report.problems.push_back(p);
            if (options_.acceptValid && !options_.dryRun) log.quarantine({record.id, p, std::string(r.text)});
        }
    };
    CsvRecord r;
    while (source.next(r)) {
        if (++report.rowsRead % kProgressEveryRows == 0) {
            throwIfStopped(stop);
            if (progress)
                progress(static_cast<double>(source.bytesRead()) / static_cast<double>(source.fileSize()),
                         "Importing " + report.kind);
        }
        if (!r.problems.empty()) {
            reject(r, r.problems);
            continue;
        }
        if (r.fields.size() != header.size()) {
            reject(r, {{r.line, "", "expected " + std::to_string(header.size()) + " fields, found " +
                                        std::to_string(r.fields.size()) +
                                        (r.fields.size() < header.size() ? " (truncated line?)" : "")}});
            continue;
        }
        if (!keep(r, filters)) {
            ++report.rowsSkipped;
            continue;
        }
        if (wide.empty()) {
            row.reset(r);
            importer->import(row);
            if (row.ok()) ++report.rowsValid;
            else reject(r, row.problems());
            continue;
        }
        for (int column : wide) {  // one row per non-missing cell of a wide file
            if (mapping.isMissing(r.fields[static_cast<std::size_t>(column)])) continue;
            row.reset(r, column);
            importer->import(row);
            if (row.ok()) ++report.rowsValid;
            else reject(r, row.problems());
        }
    }
    throwIfStopped(stop);
    report.contentHash = source.contentHash();
    if (const auto previous = log.find(report.kind, report.contentHash)) {
        report.alreadyImported = true;
        report.previousImport = previous->id;
        return report;  // rolled back
    }
    const bool keepRows = !options_.dryRun && (options_.acceptValid || report.rowsRejected == 0);
    if (!keepRows) return report;  // the transaction rolls back
    if (deferred) {
        if (progress) progress(1.0, "Indexing " + report.kind);
        deferred->restore();
    }
    record.contentHash = report.contentHash;
    record.format = report.format;
    record.finished = ImportLog::now();
    record.rowsRead = report.rowsRead;
    record.rowsImported = report.rowsValid;
    record.rowsRejected = report.rowsRejected;
    record.rowsSkipped = report.rowsSkipped;
    log.finish(record);
    AuditLog(db).record("import", path,
                        report.kind + ": " + std::to_string(report.rowsValid) + " rows imported, " +
                            std::to_string(report.rowsRejected) + " rejected, " + std::to_string(report.rowsSkipped) +
                            " skipped (import " + std::to_string(record.id) + ", " + record.mode + ", SHA-256 " +
                            report.contentHash + ")");
    tx.commit();
    report.committed = true;
    report.importId = record.id;
    report.rowsImported = report.rowsValid;
    if (progress) progress(1.0, "Imported " + report.kind);
    return report;
}

}  // namespace eagle
