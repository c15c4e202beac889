#pragma once
// The text encodings supervisors' files come in, and how to tell them apart from a sample.

#include <optional>
#include <string_view>

namespace eagle {

enum class Encoding { Utf8, Gbk, Gb18030 };

std::string_view nameOf(Encoding e);
// Accepts utf-8, utf8, gbk, cp936, gb18030 (any case).
std::optional<Encoding> parseEncoding(std::string_view s);

// UTF-8 when the sample has a BOM or is valid UTF-8 (a sequence cut at the sample's end is
// allowed); otherwise GB18030 if it uses GB18030's four-byte sequences, else GBK.
Encoding detectEncoding(std::string_view sample);

// Length of the longest prefix of text made of complete, valid UTF-8 sequences.
std::size_t validUtf8Prefix(std::string_view text);
// True when tail is the start of a valid UTF-8 sequence that more bytes would complete.
bool isTruncatedUtf8(std::string_view tail);

}  // namespace eagle
