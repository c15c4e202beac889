#pragma once
// The current time as the store records it: ISO 8601 in UTC, e.g. 2026-11-28T09:30:00Z.

#include <ctime>
#include <string>

namespace eagle {

inline std::string nowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

}  // namespace eagle
