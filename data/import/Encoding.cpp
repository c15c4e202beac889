#include "Encoding.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

namespace eagle {

std::string_view nameOf(Encoding e) {
    switch (e) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Gbk: return "gbk";
    case Encoding::Gb18030: return "gb18030";
    }
    return "utf-8";
}

std::optional<Encoding> parseEncoding(std::string_view s) {
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "utf-8" || lower == "utf8" || lower == "utf-8-bom") return Encoding::Utf8;
    if (lower == "gbk" || lower == "cp936" || lower == "gb2312") return Encoding::Gbk;
    if (lower == "gb18030") return Encoding::Gb18030;
    return std::nullopt;
}

namespace {
std::size_t sequenceLength(unsigned char c) {
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return 2;
    if (c >= 0xE0 && c <= 0xEF) return 3;
    if (c >= 0xF0 && c <= 0xF4) return 4;
    return 0;
}
}  // namespace

bool isTruncatedUtf8(std::string_view tail) {
    if (tail.empty() || tail.size() >= 4) return false;
    const std::size_t len = sequenceLength(static_cast<unsigned char>(tail[0]));
    if (len <= tail.size()) return false;
    for (std::size_t k = 1; k < tail.size(); ++k)
        if ((static_cast<unsigned char>(tail[k]) & 0xC0) != 0x80) return false;
    return true;
}

std::size_t validUtf8Prefix(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time: the common case in trade files.
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) len = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4) len = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else return i;
        for (std::size_t k = 1; k < len; ++k) {
            if (i + k >= n) return i;
            const unsigned char b = p[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return i;
        }
        i += len;
    }
    return i;
}

Encoding detectEncoding(std::string_view sample) {
    if (sample.substr(0, 3) == "\xEF\xBB\xBF") return Encoding::Utf8;
    const std::size_t valid = validUtf8Prefix(sample);
    // A multi-byte sequence cut by the end of the sample is still UTF-8.
    if (valid == sample.size() || isTruncatedUtf8(sample.substr(valid))) return Encoding::Utf8;
    const auto* p = reinterpret_cast<const unsigned char*>(sample.data());
    for (std::size_t i = 0; i + 1 < sample.size(); ++i) {
        if (p[i] < 0x81 || p[i] > 0xFE) continue;
        if (p[i + 1] >= 0x30 && p[i + 1] <= 0x39) return Encoding::Gb18030;  // four-byte sequence
        ++i;  // skip the trail byte of a two-byte character
    }
    return Encoding::Gbk;
}

}  // namespace eagle
