#pragma once
// Streams the records of a delimited text file (RFC 4180 quoting, fields spanning lines) in any
// of the supported encodings, holding one chunk and one record in memory whatever the file size.
// It also hashes the file's bytes as it reads them.

#include "Encoding.h"
#include "ImportProblem.h"

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eagle {

class Sha256;
class TextDecoder;

struct CsvOptions {
    std::optional<Encoding> encoding;  // detected from the first chunk when absent
    std::optional<char> delimiter;     // detected from the first line when absent: , ; tab |
    std::size_t maxFieldBytes = 1 << 20;
    std::size_t maxRecordBytes = 16 << 20;  // keeps memory bounded when line ends are missing
    std::size_t chunkBytes = 1 << 20;  // read at a time (small values let tests cross chunk ends often)
};

struct CsvRecord {
    std::int64_t line = 0;                // physical line where the record starts
    std::vector<std::string_view> fields;  // valid until the next call to next()
    std::vector<char> quoted;             // 1 where the field was quoted ("" is empty text, not absent)
    std::string_view text;                // the record as written, without its line end
    std::vector<ImportProblem> problems;  // what the source itself found wrong (FIX checksum, ...)
};

class CsvReader {
public:
    CsvReader(const std::string& path, const CsvOptions& options);
    // Reads size bytes from in (a file's content held elsewhere, e.g. in memory).
    CsvReader(std::unique_ptr<std::istream> in, std::uint64_t size, const CsvOptions& options);
    ~CsvReader();

    Encoding encoding() const { return encoding_; }
    char delimiter() const { return delimiter_; }
    bool hadBom() const;

    // Reads the next record; false at the end of the file. Throws ImportError when the file
    // cannot be read on (invalid bytes for the encoding, binary data, an unterminated quote, a
    // field or record over the size limit).
    bool next(CsvRecord& record);

    std::uint64_t fileSize() const { return fileSize_; }
    std::uint64_t bytesRead() const { return bytesRead_; }
    // SHA-256 of the whole file; reads what is left of it first.
    std::string contentHash();

private:
    bool fill();
    enum class Parse { Record, NeedMore, End };
    Parse parse(CsvRecord& record);
    [[noreturn]] void fail(std::int64_t line, int field, const std::string& reason) const;
    [[noreturn]] void failRecordTooLong() const;
    [[noreturn]] void failBinary(std::int64_t line, std::uint64_t offset) const;

    std::unique_ptr<std::istream> in_;
    std::uint64_t fileSize_ = 0;
    std::uint64_t bytesRead_ = 0;
    Encoding encoding_ = Encoding::Utf8;
    char delimiter_ = ',';
    std::size_t maxFieldBytes_;
    std::size_t maxRecordBytes_;
    std::size_t chunkBytes_;
    std::unique_ptr<TextDecoder> decoder_;
    std::unique_ptr<Sha256> hash_;
    std::string raw_;        // the last chunk of bytes read
    std::string recentBytes_;  // the last 3 bytes before it (a character cut short may start there)
    std::string text_;       // decoded text not yet handed out
    std::size_t pos_ = 0;    // start of the next record in text_
    std::int64_t line_ = 1;  // physical line at pos_
    std::int64_t linesDecoded_ = 0;
    bool decodedCr_ = false;  // the decoded text so far ends with \r (a \r\n may be split)
    bool eof_ = false;
    std::string scratch_;    // unescaped quoted fields of the current record
};

}  // namespace eagle
