#pragma once
// Turns a byte stream in UTF-8, GBK or GB18030 into UTF-8, chunk by chunk: a character split
// between two chunks is carried over, and the first invalid byte is reported by its offset.

#include "Encoding.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eagle {

class TextDecoder {
public:
    explicit TextDecoder(Encoding encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // Appends the UTF-8 of bytes to out (a leading UTF-8 BOM is dropped). last: no more input
    // follows. Returns the stream offset of the first byte that is not valid in the encoding
    // (everything before it has been appended), or nothing when all was valid.
    std::optional<std::uint64_t> decode(std::string_view bytes, bool last, std::string& out);
    bool hadBom() const { return hadBom_; }

private:
    std::optional<std::uint64_t> decodeUtf8(std::string_view bytes, bool last, std::string& out);
    std::optional<std::uint64_t> decodeIconv(std::string_view bytes, bool last, std::string& out);

    Encoding encoding_;
    void* iconv_ = nullptr;  // iconv_t, kept out of the header
    std::string carry_;      // an incomplete character from the previous chunk
    std::uint64_t offset_ = 0;  // stream offset of carry_'s first byte (or of the next chunk)
    bool started_ = false;
    bool hadBom_ = false;
};

}  // namespace eagle
