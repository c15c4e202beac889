#include "FixMessage.h"

#include <charconv>
#include <cstdio>
#include <string>

namespace eagle {

std::size_t fixMessageEnd(std::string_view text, char separator) {
    const std::string marker = std::string(1, separator) + "10=";
    for (std::size_t at = text.find(marker); at != std::string_view::npos; at = text.find(marker, at + 1)) {
        const std::size_t end = text.find(separator, at + marker.size());
        if (end == std::string_view::npos) return std::string_view::npos;
        return end + 1;
    }
    return std::string_view::npos;
}

FixMessage FixMessage::parse(std::string_view text, char separator, std::int64_t line) {
    FixMessage m;
    const auto problem = [&](int tag, std::string reason) {
        m.problems_.push_back({line, tag ? std::to_string(tag) : std::string(), std::move(reason)});
    };
    std::size_t bodyStart = 0, checksumStart = std::string_view::npos;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t eq = text.find('=', pos);
        const std::size_t end = text.find(separator, pos);
        if (eq == std::string_view::npos || end == std::string_view::npos || eq > end) {
            problem(0, "malformed field '" + std::string(text.substr(pos, std::min<std::size_t>(20, end - pos))) +
                           "' (expected tag=value)");
            return m;
        }
        int tag = 0;
        const auto [p, ec] = std::from_chars(text.data() + pos, text.data() + eq, tag);
        if (ec != std::errc() || p != text.data() + eq || tag <= 0) {
            problem(0, "malformed tag '" + std::string(text.substr(pos, eq - pos)) + "'");
            return m;
        }
        if (tag == 10) checksumStart = pos;
        m.fields_.push_back({tag, text.substr(eq + 1, end - eq - 1)});
        pos = end + 1;
        if (m.fields_.size() == 2) bodyStart = pos;
    }
    if (m.fields_.size() < 3 || m.fields_[0].tag != 8 || m.fields_[1].tag != 9) {
        problem(8, "a message must start with BeginString (8) and BodyLength (9)");
        return m;
    }
    if (m.fields_.back().tag != 10 || checksumStart == std::string_view::npos) {
        problem(10, "the message does not end with CheckSum (10)");
        return m;
    }
    if (m.fields_[2].tag != 35) problem(35, "MsgType (35) must follow BodyLength");
    int declared = -1;
    std::from_chars(m.fields_[1].value.data(), m.fields_[1].value.data() + m.fields_[1].value.size(), declared);
    const auto actual = static_cast<int>(checksumStart - bodyStart);
    if (declared != actual)
        problem(9, "BodyLength " + std::string(m.fields_[1].value) + " does not match the message (" +
                       std::to_string(actual) + " bytes)");
    unsigned sum = 0;
    for (std::size_t i = 0; i < checksumStart; ++i)
        sum += text[i] == separator ? 1u : static_cast<unsigned char>(text[i]);
    char expected[8];
    std::snprintf(expected, sizeof expected, "%03u", sum % 256);
    if (m.fields_.back().value != expected)
        problem(10, "CheckSum " + std::string(m.fields_.back().value) + " does not match the message (computed " +
                        expected + ")");
    return m;
}

std::optional<std::string_view> FixMessage::value(int tag) const {
    for (const auto& f : fields_)
        if (f.tag == tag) return f.value;
    return std::nullopt;
}

}  // namespace eagle
