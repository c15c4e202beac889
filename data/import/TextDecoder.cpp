#include "TextDecoder.h"

#include <iconv.h>

#include <cerrno>
#include <stdexcept>

namespace eagle {

TextDecoder::TextDecoder(Encoding encoding) : encoding_(encoding) {
    if (encoding_ == Encoding::Utf8) return;
    iconv_t cd = iconv_open("UTF-8", encoding_ == Encoding::Gbk ? "GBK" : "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("this system cannot convert from GBK/GB18030");
    iconv_ = cd;
}

TextDecoder::~TextDecoder() {
    if (iconv_) iconv_close(static_cast<iconv_t>(iconv_));
}

std::optional<std::uint64_t> TextDecoder::decode(std::string_view bytes, bool last, std::string& out) {
    std::string joined;
    if (!carry_.empty()) {
        joined = carry_ + std::string(bytes);
        bytes = joined;
        carry_.clear();
    }
    if (!started_) {
        if (bytes.size() < 3 && !last) {
            carry_ = std::string(bytes);  // too short to tell whether a BOM starts here
            return std::nullopt;
        }
        started_ = true;
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
            hadBom_ = true;
            bytes.remove_prefix(3);
            offset_ += 3;
        }
    }
    return encoding_ == Encoding::Utf8 ? decodeUtf8(bytes, last, out) : decodeIconv(bytes, last, out);
}

std::optional<std::uint64_t> TextDecoder::decodeUtf8(std::string_view bytes, bool last, std::string& out) {
    const std::size_t valid = validUtf8Prefix(bytes);
    out.append(bytes.data(), valid);
    if (valid == bytes.size()) {
        offset_ += valid;
        return std::nullopt;
    }
    if (!last && isTruncatedUtf8(bytes.substr(valid))) {
        carry_ = std::string(bytes.substr(valid));
        offset_ += valid;
        return std::nullopt;
    }
    return offset_ + valid;
}

std::optional<std::uint64_t> TextDecoder::decodeIconv(std::string_view bytes, bool last, std::string& out) {
    auto cd = static_cast<iconv_t>(iconv_);
    char* in = const_cast<char*>(bytes.data());
    std::size_t inLeft = bytes.size();
    while (inLeft > 0) {
        const std::size_t before = out.size();
        out.resize(before + inLeft * 2 + 16);  // UTF-8 needs at most twice the GBK/GB18030 bytes
        char* dst = out.data() + before;
        std::size_t dstLeft = out.size() - before;
        const std::size_t rc = iconv(cd, &in, &inLeft, &dst, &dstLeft);
        out.resize(out.size() - dstLeft);
        if (rc != static_cast<std::size_t>(-1)) break;
        const std::uint64_t at = offset_ + static_cast<std::uint64_t>(in - bytes.data());
        if (errno == E2BIG) continue;
        if (errno == EINVAL && !last) {
            carry_.assign(in, inLeft);
            offset_ = at;
            return std::nullopt;
        }
        return at;  // EILSEQ, or EINVAL at the very end: an invalid or truncated character
    }
    offset_ += bytes.size();
    return std::nullopt;
}

}  // namespace eagle
