#pragma once
// Builds FIX 4.4 messages with a correct BodyLength and CheckSum, for tests to use or corrupt.

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace eagle::test {

inline std::string fixMessage(const std::vector<std::pair<int, std::string>>& body, char separator) {
    std::string b;
    for (const auto& [tag, value] : body) b += std::to_string(tag) + "=" + value + separator;
    std::string m = "8=FIX.4.4" + std::string(1, separator) + "9=" + std::to_string(b.size()) + separator + b;
    unsigned sum = 0;
    for (char c : m) sum += c == separator ? 1u : static_cast<unsigned char>(c);
    char checksum[8];
    std::snprintf(checksum, sizeof checksum, "%03u", sum % 256);
    return m + "10=" + checksum + separator;
}

}  // namespace eagle::test
