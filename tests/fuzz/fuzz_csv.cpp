// libFuzzer target: the CSV reader (encodings, quoting, delimiters, limits) and the field parsers.
// Input: byte 0 chooses the options (encoding, delimiter, small size limits), byte 1 a chunk
// size; the rest is the file. Besides not crashing, leaking or hanging, the reader must:
// - hash exactly the file's bytes;
// - read the same records and stop at the same error whatever its chunk size (the file read in
//   1 MiB chunks and again in chunks of 1-64 bytes). Only which of two errors comes first may
//   differ: a chunk-level one (binary data, invalid bytes) is seen as soon as its chunk is read,
//   so with large chunks it can come before a record-level error on an earlier line; and a
//   record over a size limit may be reported for that or for another problem it has;
// - give records on increasing lines, one quoted flag per field, and errors with a line.

#include "CsvReader.h"
#include "Date.h"
#include "FieldParse.h"
#include "FuzzCheck.h"
#include "Sha256.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace eagle;

namespace {

struct Record {
    std::int64_t line;
    std::vector<std::string> fields;
    std::vector<char> quoted;
    std::string text;
    bool operator==(const Record&) const = default;
};

struct Reading {
    std::vector<Record> records;
    std::optional<ImportProblem> error;
    std::string hash;
    bool opened = false;  // the reader got as far as detecting encoding and delimiter
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
};

// The field parsers must accept or refuse any text without crashing, and what they accept is sane.
void parseField(std::string_view field) {
    for (const char thousands : {',', '.'})
        if (const auto n = parse::number(field, thousands)) FUZZ_CHECK(std::isfinite(*n), "a number parses as finite");
    (void)parse::integer(field);
    if (const auto d = parse::date(field)) FUZZ_CHECK(Date::parse(d->toString()) == d, "a date prints and reads back");
    if (const auto t = parse::timeOfDay(field)) FUZZ_CHECK(*t >= 0 && *t <= 86400, "a time of day is within the day");
    (void)parse::boolean(field);
}

Reading read(const std::string& bytes, const CsvOptions& options, bool parseFields) {
    Reading out;
    try {
        CsvReader reader(std::make_unique<std::istringstream>(bytes), bytes.size(), options);
        out.opened = true;
        out.encoding = reader.encoding();
        out.delimiter = reader.delimiter();
        CsvRecord r;
        while (reader.next(r)) {
            FUZZ_CHECK(!r.fields.empty() && r.fields.size() == r.quoted.size(), "one quoted flag per field");
            FUZZ_CHECK(out.records.empty() || r.line > out.records.back().line, "records on increasing lines");
            Record rec{r.line, {r.fields.begin(), r.fields.end()}, r.quoted, std::string(r.text)};
            if (parseFields)
                for (const auto& f : rec.fields) parseField(f);
            out.records.push_back(std::move(rec));
        }
        out.hash = reader.contentHash();
    } catch (const ImportError& e) {
        out.error = e.problem();
        FUZZ_CHECK(!out.error->reason.empty(), "an error says why");
        FUZZ_CHECK(out.error->line >= 0, "an error has a line");
    }
    return out;
}

bool chunkLevel(const ImportProblem& p) {
    return p.reason.starts_with("binary data") || p.reason.starts_with("not valid");
}

// A size limit is checked as the record comes in, so whether it is noticed before another problem
// of the same record (its other limit, a quote never closed) depends on how much of the record
// is in memory; either error is true of the record on that line.
bool tooLong(const ImportProblem& p) {
    return p.reason.starts_with("field longer than") || p.reason.starts_with("record longer than");
}

// The reason without its detail in parentheses (which bytes are shown depends on the chunk).
std::string_view gist(const std::string& reason) { return std::string_view(reason).substr(0, reason.find(" (")); }

// With FUZZ_VERBOSE set, what each reading gave (to see why an input fails).
void show(const char* name, const Reading& r) {
    if (!std::getenv("FUZZ_VERBOSE")) return;
    std::fprintf(stderr, "%s: %zu records, delimiter %d", name, r.records.size(), r.delimiter);
    if (r.error) std::fprintf(stderr, ", error line %lld column '%s': %s", static_cast<long long>(r.error->line),
                              r.error->column.c_str(), r.error->reason.c_str());
    std::fprintf(stderr, "\n");
    for (const auto& rec : r.records) std::fprintf(stderr, "  line %lld: %zu fields\n", static_cast<long long>(rec.line), rec.fields.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) return 0;
    const std::uint8_t choice = data[0];
    const std::size_t smallChunk = 1 + data[1] % 64;
    const std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);

    CsvOptions options;
    constexpr Encoding kEncodings[] = {Encoding::Utf8, Encoding::Gbk, Encoding::Gb18030};
    if (choice & 3) options.encoding = kEncodings[(choice & 3) - 1];
    constexpr char kDelimiters[] = {',', ';', '\t', '|'};
    if (const int d = (choice >> 2) % 5) options.delimiter = kDelimiters[d - 1];
    if (choice & 0x40) options.maxFieldBytes = 16;
    if (choice & 0x80) options.maxRecordBytes = 64;

    const Reading whole = read(bytes, options, true);
    if (!whole.error) {
        Sha256 sha;
        sha.add(bytes);
        FUZZ_CHECK(whole.hash == sha.hex(), "the content hash is the file's SHA-256");
    }
    // Again in small chunks, with what was detected from the first megabyte chosen outright
    // (a small first chunk would sniff the delimiter from less text).
    CsvOptions small = options;
    small.chunkBytes = smallChunk;
    if (whole.opened) {
        small.encoding = whole.encoding;
        small.delimiter = whole.delimiter;
    }
    const Reading pieces = read(bytes, small, false);
    show("whole", whole);
    show("pieces", pieces);

    FUZZ_CHECK(whole.error.has_value() == pieces.error.has_value(), "an error whatever the chunk size");
    const std::size_t common = std::min(whole.records.size(), pieces.records.size());
    for (std::size_t k = 0; k < common; ++k)
        FUZZ_CHECK(whole.records[k] == pieces.records[k], "the same records whatever the chunk size");
    if (!whole.error) {
        FUZZ_CHECK(whole.records.size() == pieces.records.size(), "as many records whatever the chunk size");
        FUZZ_CHECK(whole.hash == pieces.hash, "the same hash whatever the chunk size");
        return 0;
    }
    const ImportProblem& a = *whole.error;
    const ImportProblem& b = *pieces.error;
    const bool same = a.line == b.line && a.column == b.column && gist(a.reason) == gist(b.reason);
    // Over a size limit, the record is reported at its first line; another of its problems at
    // the line where it is.
    const bool sameRecord = !chunkLevel(a) && !chunkLevel(b) &&
                            ((tooLong(a) && a.line <= b.line) || (tooLong(b) && b.line <= a.line));
    if (same || sameRecord) {
        FUZZ_CHECK(whole.records.size() <= pieces.records.size(), "large chunks stop no later");
        if (!chunkLevel(a)) FUZZ_CHECK(whole.records.size() == pieces.records.size(), "both stop in the same record");
    } else {
        FUZZ_CHECK(chunkLevel(a) && !chunkLevel(b) && b.line <= a.line,
                   "the same error whatever the chunk size, or an earlier record-level one in small chunks");
    }
    return 0;
}
