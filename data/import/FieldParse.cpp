#include "FieldParse.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace eagle::parse {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::optional<double> number(std::string_view s, char thousands) {
    s = trim(s);
    if (s.empty()) return std::nullopt;
    double scale = 1;
    if (s.back() == '%') {
        scale = 0.01;
        s = trim(s.substr(0, s.size() - 1));
    }
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    // The fast path: nothing to strip.
    double v = 0;
    const char decimal = thousands == '.' ? ',' : '.';
    if (s.find(thousands) == std::string_view::npos && decimal == '.') {
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
        return v * scale;
    }
    // Thousands separators only between groups of three digits, before any decimal point.
    std::string digits;
    const std::size_t point = s.find_first_of(decimal == '.' ? std::string_view(".eE") : std::string_view(",eE"));
    const std::string_view whole = s.substr(0, point);
    std::size_t group = 0;
    bool seenSeparator = false;
    for (std::size_t k = 0; k < whole.size(); ++k) {
        const char c = whole[k];
        if (c == thousands) {
            if (group == 0 || (seenSeparator && group != 3) || (!seenSeparator && group > 3)) return std::nullopt;
            seenSeparator = true;
            group = 0;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c))) ++group;
        else if (!(k == 0 && c == '-')) return std::nullopt;
        digits += c;
    }
    if (seenSeparator && group != 3) return std::nullopt;
    if (point != std::string_view::npos) {
        const std::size_t at = digits.size();
        digits += s.substr(point);
        if (s[point] == decimal) digits[at] = '.';
    }
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(v)) return std::nullopt;
    return v * scale;
}

std::optional<std::int64_t> integer(std::string_view s, char thousands) {
    s = trim(s);
    std::int64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && end == s.data() + s.size()) return v;
    // 201512.0, 1,000: integral numbers written another way
    const auto d = number(s, thousands);
    if (!d || *d != std::floor(*d) || std::fabs(*d) > 9e15) return std::nullopt;
    return static_cast<std::int64_t>(*d);
}

std::optional<Date> date(std::string_view s) {
    s = trim(s);
    if (s.size() > 10 && (s[10] == ' ' || s[10] == 'T')) s = s.substr(0, 10);
    else if (s.size() > 8 && s.size() != 10 && (s[8] == ' ' || s[8] == '-' || s[8] == 'T')) s = s.substr(0, 8);
    return Date::parse(s);
}

std::optional<int> timeOfDay(std::string_view s) {
    s = trim(s);
    const std::size_t dot = s.find('.');
    if (dot != std::string_view::npos) s = s.substr(0, dot);
    if (s.size() != 5 && s.size() != 8) return std::nullopt;
    int parts[3] = {};
    for (std::size_t k = 0, p = 0; k < s.size(); k += 3, ++p) {
        if (!std::isdigit(static_cast<unsigned char>(s[k])) || !std::isdigit(static_cast<unsigned char>(s[k + 1])))
            return std::nullopt;
        if (k + 2 < s.size() && s[k + 2] != ':') return std::nullopt;
        parts[p] = (s[k] - '0') * 10 + (s[k + 1] - '0');
    }
    if (parts[0] > 23 || parts[1] > 59 || parts[2] > 60) return std::nullopt;
    return parts[0] * 3600 + parts[1] * 60 + parts[2];
}

std::optional<bool> boolean(std::string_view s) {
    s = trim(s);
    std::string lower(s);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "true" || lower == "yes" || lower == "y" || lower == "1" || s == "是") return true;
    if (lower == "false" || lower == "no" || lower == "n" || lower == "0" || s == "否") return false;
    return std::nullopt;
}

}  // namespace eagle::parse
