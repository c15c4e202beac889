#include "Date.h"

#include <chrono>
#include <cstdio>

namespace eagle {
namespace ch = std::chrono;
namespace {

ch::year_month_day toYmd(std::int32_t days) { return ch::year_month_day{ch::sys_days{ch::days{days}}}; }

bool allDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int toInt(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}
}  // namespace

Date Date::fromYmd(int y, unsigned m, unsigned d) {
    const ch::sys_days sd{ch::year{y} / ch::month{m} / ch::day{d}};
    return Date(static_cast<std::int32_t>(sd.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view t) {
    std::string_view ys, ms, ds;
    if (t.size() == 8 && allDigits(t)) {
        ys = t.substr(0, 4), ms = t.substr(4, 2), ds = t.substr(6, 2);
    } else if (t.size() == 10 && (t[4] == '-' || t[4] == '/') && t[7] == t[4]) {
        ys = t.substr(0, 4), ms = t.substr(5, 2), ds = t.substr(8, 2);
    } else {
        return std::nullopt;
    }
    if (!allDigits(ys) || !allDigits(ms) || !allDigits(ds)) return std::nullopt;
    const ch::year_month_day ymd{ch::year{toInt(ys)}, ch::month{static_cast<unsigned>(toInt(ms))},
                                 ch::day{static_cast<unsigned>(toInt(ds))}};
    if (!ymd.ok()) return std::nullopt;
    return Date(static_cast<std::int32_t>(ch::sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const { return static_cast<int>(toYmd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(toYmd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(toYmd(days_).day()); }

unsigned Date::weekday() const {
    return ch::weekday{ch::sys_days{ch::days{days_}}}.iso_encoding() - 1;
}

Date Date::nextBusinessDay() const {
    Date d = addDays(1);
    while (d.isWeekend()) d = d.addDays(1);
    return d;
}

bool Date::isLastBusinessDayOfMonth() const {
    return !isWeekend() && nextBusinessDay().month() != month();
}

bool Date::isLastBusinessDayOfQuarter() const {
    return isLastBusinessDayOfMonth() && month() % 3 == 0;
}

std::string Date::toString() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

}  // namespace eagle
