// libFuzzer target: the FIX 4.4 / IMIX reader (message framing, BodyLength and CheckSum checks,
// TradeCaptureReport fields, parties by role, UTC to Beijing time). Input: byte 0 chooses a
// chunk size; the rest is the file. Besides not crashing, leaking or hanging, the reader must:
// - read the same records, problems included, whatever its chunk size (1 MiB, or 1-64 bytes);
// - hash exactly the file's bytes;
// - report every problem with a line, and give a well-formed record (one value per column)
//   for every message it accepts.
// FixMessage::parse also gets the whole input as one message, with either separator.

#include "FixMessage.h"
#include "FixSource.h"
#include "FuzzCheck.h"
#include "Sha256.h"

#include <cstdint>
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
    std::string text;
    std::vector<std::string> problems;  // "line column reason"
    bool operator==(const Record&) const = default;
};

struct Reading {
    std::vector<Record> records;
    std::optional<ImportProblem> error;
    std::string hash;
    std::int64_t otherMessages = 0;
};

Reading read(const std::string& bytes, std::size_t chunk) {
    Reading out;
    try {
        FixSource source(std::make_unique<std::istringstream>(bytes), bytes.size(), chunk);
        const std::size_t columns = source.header().size();
        CsvRecord r;
        while (source.next(r)) {
            FUZZ_CHECK(r.fields.size() == columns && r.quoted.size() == columns, "one value per column");
            Record rec{r.line, {r.fields.begin(), r.fields.end()}, std::string(r.text), {}};
            for (const auto& p : r.problems) {
                FUZZ_CHECK(p.line >= 1 && !p.reason.empty(), "a problem has a line and a reason");
                rec.problems.push_back(std::to_string(p.line) + " " + p.column + " " + p.reason);
            }
            FUZZ_CHECK(out.records.empty() || rec.line >= out.records.back().line, "records in file order");
            out.records.push_back(std::move(rec));
        }
        out.otherMessages = source.otherMessages();
        out.hash = source.contentHash();
    } catch (const ImportError& e) {
        out.error = e.problem();
        FUZZ_CHECK(!out.error->reason.empty(), "an error says why");
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::size_t smallChunk = 1 + data[0] % 64;
    const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

    for (const char separator : {'|', '\x01'}) {
        const FixMessage m = FixMessage::parse(bytes, separator, 1);
        if (m.problems().empty()) {
            FUZZ_CHECK(m.fields().size() >= 3 && m.fields().front().tag == 8 && m.fields()[1].tag == 9 &&
                           m.fields().back().tag == 10,
                       "an accepted message is framed by 8, 9 ... 10");
        }
        for (const auto& p : m.problems()) FUZZ_CHECK(!p.reason.empty(), "a problem says why");
        (void)fixMessageEnd(bytes, separator);
    }

    const Reading whole = read(bytes, 1 << 20);
    const Reading pieces = read(bytes, smallChunk);
    FUZZ_CHECK(whole.error.has_value() == pieces.error.has_value(), "an error whatever the chunk size");
    if (whole.error) {
        FUZZ_CHECK(whole.error->line == pieces.error->line && whole.error->reason == pieces.error->reason,
                   "the same error whatever the chunk size");
        return 0;
    }
    FUZZ_CHECK(whole.records == pieces.records, "the same records whatever the chunk size");
    FUZZ_CHECK(whole.otherMessages == pieces.otherMessages, "the same messages passed over whatever the chunk size");
    Sha256 sha;
    sha.add(bytes);
    const std::string expected = sha.hex();
    FUZZ_CHECK(whole.hash == expected && pieces.hash == expected, "the content hash is the file's SHA-256");
    return 0;
}
