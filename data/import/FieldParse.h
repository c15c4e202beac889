#pragma once
// Reads the values people write in spreadsheets: numbers with thousands separators, dates in the
// three usual forms, times of day, yes/no. Each returns nothing when the text is not one.

#include "Date.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace eagle::parse {

std::string_view trim(std::string_view s);
// 1234.5, -1,234,567.89, 1 234 567, 12.5%, 1e6; thousands must group by three.
std::optional<double> number(std::string_view s, char thousands = ',');
std::optional<std::int64_t> integer(std::string_view s, char thousands = ',');
// YYYY-MM-DD, YYYYMMDD, YYYY/MM/DD, and the same followed by a time (which is ignored).
std::optional<Date> date(std::string_view s);
// HH:MM or HH:MM:SS (fractions of a second ignored): seconds since midnight.
std::optional<int> timeOfDay(std::string_view s);
// true/false, yes/no, y/n, 1/0, 是/否.
std::optional<bool> boolean(std::string_view s);

}  // namespace eagle::parse
