#include "CsvReader.h"

#include "InputFile.h"
#include "Sha256.h"
#include "TextDecoder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace eagle {
namespace {

constexpr std::size_t kDetectBytes = 1 << 20;  // what encoding detection looks at

// Line ends in s: \n, \r\n or a lone \r (old Mac files), the way the records end. A \r at the
// very end counts; the caller corrects for a \n that follows it in the next piece.
std::int64_t newlines(std::string_view s) {
    std::int64_t n = 0;
    for (std::size_t k = 0; k < s.size(); ++k)
        if (s[k] == '\n' || (s[k] == '\r' && (k + 1 == s.size() || s[k + 1] != '\n'))) ++n;
    return n;
}

// The delimiter that occurs most often, outside quotes, in the first line.
char sniffDelimiter(std::string_view text) {
    int counts[4] = {};
    constexpr char kCandidates[4] = {',', ';', '\t', '|'};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        for (int k = 0; k < 4; ++k)
            if (c == kCandidates[k]) ++counts[k];
    }
    const int best = static_cast<int>(std::max_element(counts, counts + 4) - counts);
    return counts[best] > 0 ? kCandidates[best] : ',';
}

std::string hexBytes(std::string_view raw, std::size_t at) {
    std::string s;
    for (std::size_t k = at; k < std::min(raw.size(), at + 4); ++k) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%s0x%02X", s.empty() ? "" : " ", static_cast<unsigned char>(raw[k]));
        s += buf;
    }
    return s;
}

}  // namespace

CsvReader::CsvReader(const std::string& path, const CsvOptions& options)
    : CsvReader(openInputFile(path), inputFileSize(path), options) {}

CsvReader::CsvReader(std::unique_ptr<std::istream> in, std::uint64_t size, const CsvOptions& options)
    : in_(std::move(in)), fileSize_(size), maxFieldBytes_(options.maxFieldBytes),
      maxRecordBytes_(options.maxRecordBytes), chunkBytes_(std::max<std::size_t>(1, options.chunkBytes)), hash_(std::make_unique<Sha256>()) {
    if (fileSize_ == 0) throw ImportError({0, "", "the file is empty (no header line)"});
    raw_.resize(std::min<std::uint64_t>(kDetectBytes, fileSize_));
    in_->read(raw_.data(), static_cast<std::streamsize>(raw_.size()));
    raw_.resize(static_cast<std::size_t>(in_->gcount()));
    // A NUL byte near the start: a binary file, whatever else is wrong with it.
    if (const void* nul = std::memchr(raw_.data(), '\0', raw_.size())) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - raw_.data());
        failBinary(1 + newlines(std::string_view(raw_).substr(0, at)), at);
    }
    encoding_ = options.encoding ? *options.encoding : detectEncoding(raw_);
    decoder_ = std::make_unique<TextDecoder>(encoding_);
    in_->clear();
    in_->seekg(0);
    raw_.clear();
    fill();
    delimiter_ = options.delimiter ? *options.delimiter : sniffDelimiter(text_);
}

CsvReader::~CsvReader() = default;

bool CsvReader::hadBom() const { return decoder_->hadBom(); }

void CsvReader::fail(std::int64_t line, int field, const std::string& reason) const {
    throw ImportError({line, field >= 0 ? std::to_string(field + 1) : std::string(), reason});
}

void CsvReader::failBinary(std::int64_t line, std::uint64_t offset) const {
    fail(line, -1, "binary data, not text (NUL byte at byte offset " + std::to_string(offset) + ")");
}

void CsvReader::failRecordTooLong() const {
    fail(line_, -1, "record longer than " + std::to_string(maxRecordBytes_) + " bytes (missing line ends?)");
}

bool CsvReader::fill() {
    if (eof_) return false;
    text_.erase(0, pos_);
    pos_ = 0;
    // What is left is a record not yet complete, which is parsed again from its start after this
    // read: reading at least as much again as it holds keeps that work linear in the record's
    // length (in 1-byte chunks, a 3 KB record took half a second under the sanitizers).
    raw_.resize(readSize(std::max(chunkBytes_, text_.size()), fileSize_, bytesRead_));
    in_->read(raw_.data(), static_cast<std::streamsize>(raw_.size()));
    raw_.resize(static_cast<std::size_t>(in_->gcount()));
    const std::uint64_t chunkStart = bytesRead_;
    bytesRead_ += raw_.size();
    const bool last = raw_.empty() || bytesRead_ >= fileSize_;
    hash_->add(raw_);
    // A NUL byte is no part of a character in any of the encodings: what precedes it is decoded
    // as if the file ended there, so that a character it cuts short is reported first, as it
    // would be wherever the chunks end.
    const void* nul = std::memchr(raw_.data(), '\0', raw_.size());
    const std::size_t text = nul ? static_cast<std::size_t>(static_cast<const char*>(nul) - raw_.data()) : raw_.size();
    const std::size_t before = text_.size();
    const auto bad = decoder_->decode(std::string_view(raw_).substr(0, text), last || nul, text_);
    const std::string_view decoded = std::string_view(text_).substr(before);
    linesDecoded_ += newlines(decoded) - (decodedCr_ && decoded.starts_with('\n') ? 1 : 0);  // \r | \n
    if (!decoded.empty()) decodedCr_ = decoded.back() == '\r';
    const std::string seen = recentBytes_ + raw_;  // a bad character may begin in an earlier chunk
    recentBytes_ = seen.substr(seen.size() - std::min<std::size_t>(seen.size(), 3));
    if (bad) {
        const std::uint64_t seenStart = chunkStart - (seen.size() - raw_.size());
        fail(linesDecoded_ + 1, -1,
             "not valid " + std::string(nameOf(encoding_)) + " text (bytes " +
                 hexBytes(seen, static_cast<std::size_t>(std::max(*bad, seenStart) - seenStart)) + " at byte offset " +
                 std::to_string(*bad) + "); choose the file's encoding");
    }
    if (nul) failBinary(linesDecoded_ + 1, chunkStart + text);
    if (last) eof_ = true;
    return true;
}

CsvReader::Parse CsvReader::parse(CsvRecord& record) {
    const char* b = text_.data();
    const std::size_t n = text_.size();
    std::size_t i = pos_;
    if (i >= n) return eof_ ? Parse::End : Parse::NeedMore;
    struct Span {
        std::size_t start, size;
        bool inScratch, quoted;
    };
    thread_local std::vector<Span> spans;
    spans.clear();
    scratch_.clear();
    const auto lineAt = [&](std::size_t at) { return line_ + newlines(std::string_view(b + pos_, at - pos_)); };
    std::size_t recordEnd = n;
    for (int field = 0;; ++field) {
        const std::size_t start = i;
        if (i < n && b[i] == '"') {
            std::size_t j = i + 1;
            bool escaped = false;
            std::size_t close = 0;
            for (;;) {
                const void* q = std::memchr(b + j, '"', n - j);
                if (!q) {
                    if (n - start - 1 > maxFieldBytes_)  // the content so far, without its opening quote
                        fail(lineAt(start), field, "field longer than " + std::to_string(maxFieldBytes_) + " bytes");
                    if (eof_)
                        fail(lineAt(start), field, "unbalanced quote: the quoted field opened here is never closed");
                    return Parse::NeedMore;
                }
                const std::size_t k = static_cast<std::size_t>(static_cast<const char*>(q) - b);
                if (k + 1 >= n && !eof_) return Parse::NeedMore;  // "" may straddle the chunk
                if (k + 1 < n && b[k + 1] == '"') {
                    escaped = true;
                    j = k + 2;
                    continue;
                }
                close = k;
                break;
            }
            if (close - start - 1 > maxFieldBytes_)
                fail(lineAt(start), field, "field longer than " + std::to_string(maxFieldBytes_) + " bytes");
            if (escaped) {
                const std::size_t at = scratch_.size();
                for (std::size_t k = start + 1; k < close; ++k) {
                    scratch_ += b[k];
                    if (b[k] == '"') ++k;
                }
                spans.push_back({at, scratch_.size() - at, true, true});
            } else {
                spans.push_back({start + 1, close - start - 1, false, true});
            }
            i = close + 1;
            if (i < n && b[i] != delimiter_ && b[i] != '\n' && b[i] != '\r')
                fail(lineAt(i), field, "unexpected text after a closing quote");
        } else {
            while (i < n && b[i] != delimiter_ && b[i] != '\n' && b[i] != '\r') ++i;
            if (i - start > maxFieldBytes_)
                fail(lineAt(start), field, "field longer than " + std::to_string(maxFieldBytes_) + " bytes");
            if (i >= n && !eof_) return Parse::NeedMore;
            spans.push_back({start, i - start, false, false});
        }
        if (i >= n) {
            recordEnd = i;
            break;
        }
        if (b[i] == delimiter_) {
            ++i;
            continue;
        }
        recordEnd = i;
        if (b[i] == '\r') {
            if (i + 1 >= n && !eof_) return Parse::NeedMore;
            i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
        } else {
            ++i;
        }
        break;
    }
    if (recordEnd - pos_ > maxRecordBytes_) failRecordTooLong();
    record.fields.clear();
    record.quoted.clear();
    for (const Span& s : spans) {
        record.fields.emplace_back((s.inScratch ? scratch_.data() : b) + s.start, s.size);
        record.quoted.push_back(s.quoted ? 1 : 0);
    }
    record.line = line_;
    record.text = std::string_view(b + pos_, recordEnd - pos_);
    line_ += newlines(std::string_view(b + pos_, i - pos_));
    pos_ = i;
    return Parse::Record;
}

bool CsvReader::next(CsvRecord& record) {
    for (;;) {
        switch (parse(record)) {
        case Parse::Record:
            if (record.fields.size() == 1 && record.fields[0].empty() && !record.quoted[0]) continue;  // blank line
            return true;
        case Parse::End: return false;
        case Parse::NeedMore:
            // The record so far, less a '\r' that may end it: already too long whatever follows.
            if (text_.size() - pos_ > maxRecordBytes_ + 1) failRecordTooLong();
            if (!fill()) eof_ = true;
            break;
        }
    }
}

std::string CsvReader::contentHash() {
    // What the records did not need (reading stopped at an error) is hashed too; a file read to
    // its end needs no buffer (this is called once per file, and a chunk is a megabyte).
    std::string rest;
    while (*in_ && bytesRead_ < fileSize_) {
        rest.resize(readSize(chunkBytes_, fileSize_, bytesRead_));
        in_->read(rest.data(), static_cast<std::streamsize>(rest.size()));
        const auto got = static_cast<std::size_t>(in_->gcount());
        if (got == 0) break;
        bytesRead_ += got;
        hash_->add(std::string_view(rest).substr(0, got));
    }
    return hash_->hex();
}

}  // namespace eagle
