#include "ImportCommand.h"

#include "CsvReader.h"
#include "EntityKind.h"
#include "ImportSession.h"
#include "MappingCatalog.h"
#include "Options.h"
#include "Store.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace eagle::cli {

const char* const kImportHelp =
    "usage: eagleeye-cli import WORKSPACE FILE... --kind KIND [--mapping M] [--accept-valid] [options]\n"
    "\n"
    "Imports CSV files (UTF-8 with or without BOM, GBK or GB18030; comma, semicolon, tab or '|') or\n"
    "FIX 4.4 / IMIX TradeCaptureReport files into the workspace, validating every row. By default\n"
    "an import is all or nothing: one bad row and nothing is kept. Every problem is printed as\n"
    "FILE:LINE: column C: reason. Importing a file whose content was imported before changes nothing.\n"
    "A WORKSPACE that does not exist is created. File formats and mappings: docs/formats.md.\n"
    "\n"
    "  --kind KIND        trades, institutions, relations, instruments, market_daily, balance_daily,\n"
    "                     risk_events; fix (FIX/IMIX trades); table (a file written by 'export')\n"
    "  --table NAME       with --kind table: the table to import into\n"
    "  --mapping M        a mapping: a JSON file, a mapping saved in the workspace, or a shipped one\n"
    "                     (e.g. chinabond_curve, ecb_eurofxref, eba_2016_banks, amlsim_trades)\n"
    "  --accept-valid     keep the valid rows; rejected rows go to the quarantine table\n"
    "  --dry-run          validate only, keep nothing\n"
    "  --encoding E       utf-8, gbk or gb18030 (detected when absent)\n"
    "  --delimiter D      , ; tab or | (detected when absent)\n"
    "  --problems FILE    also write every reported problem to FILE as CSV\n";

namespace {

void writeProblems(const std::string& path, const std::vector<ImportReport>& reports) {
    std::ofstream out(path);
    out << "file,line,column,reason\n";
    const auto quoted = [](const std::string& s) {
        std::string q = "\"";
        for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    for (const auto& r : reports)
        for (const auto& p : r.problems)
            out << quoted(r.file) << "," << p.line << "," << quoted(p.column) << "," << quoted(p.reason) << "\n";
    if (!out) throw std::runtime_error(path + ": cannot write");
}

bool looksLikeFix(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    in.read(head, sizeof head);
    const std::string s(head, static_cast<std::size_t>(in.gcount()));
    return s.rfind("8=FIX", 0) == 0 || s.rfind("8=IMIX", 0) == 0;
}

}  // namespace

int importFiles(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() < 2) throw UsageError("expected a WORKSPACE and at least one FILE");
    const std::string kind = o.required("kind");
    ImportOptions options;
    if (kind == "fix") {
        options.format = ImportFormat::Fix;
    } else if (kind == "table") {
        options.table = o.required("table");
    } else if (const auto k = parseEntityKind(kind)) {
        options.kind = *k;
    } else {
        throw UsageError("unknown --kind '" + kind + "'");
    }
    options.acceptValid = o.has("accept-valid");
    options.dryRun = o.has("dry-run");
    const std::string& workspace = o.positional().front();
    Store store = std::filesystem::exists(workspace) ? Store::open(workspace) : Store::create(workspace);
    if (const auto m = o.value("mapping"))
        options.mapping = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, &store.database()).resolve(*m);
    if (const auto e = o.value("encoding")) {
        options.mapping.encoding = parseEncoding(*e);
        if (!options.mapping.encoding) throw UsageError("unknown --encoding '" + *e + "' (utf-8, gbk, gb18030)");
    }
    if (const auto d = o.value("delimiter")) {
        if (*d == "tab" || *d == "\\t") options.mapping.delimiter = '\t';
        else if (d->size() == 1) options.mapping.delimiter = (*d)[0];
        else throw UsageError("--delimiter must be one character or 'tab'");
    }
    std::vector<ImportReport> reports;
    bool ok = true;
    for (std::size_t f = 1; f < o.positional().size(); ++f) {
        const std::string& file = o.positional()[f];
        ImportOptions fileOptions = options;
        if (options.table.empty() && looksLikeFix(file)) fileOptions.format = ImportFormat::Fix;
        int last = -1;
        const auto progress = [&](double fraction, const std::string& step) {
            const int percent = static_cast<int>(fraction * 100);
            if (percent != last) err << "\r" << step << " " << std::setw(3) << (last = percent) << "%" << std::flush;
        };
        try {
            ImportReport r = ImportSession(store, fileOptions).run(file, progress);
            if (last >= 0) err << "\n";
            out << r.summary() << (r.format.empty() ? "" : " (" + r.format + ")") << "\n";
            for (std::size_t k = 0; k < r.problems.size() && k < 20; ++k) err << describe(file, r.problems[k]) << "\n";
            if (r.problemCount > 20) err << "... and " << r.problemCount - 20 << " more problems\n";
            ok = ok && (r.committed || r.alreadyImported || (options.dryRun && r.rowsRejected == 0));
            reports.push_back(std::move(r));
        } catch (const ImportError& e) {
            if (last >= 0) err << "\n";
            err << describe(file, e.problem()) << "\n";
            ok = false;
        }
    }
    if (const auto p = o.value("problems")) writeProblems(*p, reports);
    return ok ? 0 : 1;
}

}  // namespace eagle::cli
