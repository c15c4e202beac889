#pragma once
// A calendar day as a count of days since 1970-01-01; the one date type of the store and models.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eagle {

class Date {
public:
    constexpr Date() = default;
    constexpr explicit Date(std::int32_t daysSinceEpoch) : days_(daysSinceEpoch) {}

    static Date fromYmd(int year, unsigned month, unsigned day);
    // Accepts YYYY-MM-DD, YYYY/MM/DD and YYYYMMDD; nothing else.
    static std::optional<Date> parse(std::string_view text);

    constexpr std::int32_t daysSinceEpoch() const { return days_; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    // 0 = Monday ... 6 = Sunday.
    unsigned weekday() const;
    bool isWeekend() const { return weekday() >= 5; }
    bool isLastBusinessDayOfMonth() const;
    bool isLastBusinessDayOfQuarter() const;
    Date nextBusinessDay() const;

    constexpr Date addDays(std::int32_t n) const { return Date(days_ + n); }
    std::string toString() const;  // YYYY-MM-DD

    constexpr auto operator<=>(const Date&) const = default;

private:
    std::int32_t days_ = 0;
};

}  // namespace eagle
