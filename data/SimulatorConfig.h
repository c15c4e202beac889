#pragma once
// What a simulated market looks like: its size, its period and its seed.

#include "Date.h"

#include <cstdint>

namespace eagle {

struct SimulatorConfig {
    int institutions = 120;
    int days = 250;  // business days
    std::uint64_t seed = 20250102;
    Date start = Date::fromYmd(2025, 1, 2);
};

}  // namespace eagle
