#pragma once
// What a simulated market looks like: its size, its period, its seed and the risk scenarios
// planted in it.

#include "Date.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace eagle {

// One kind of planted scenario, with its parameters (name -> value; unset ones take defaults).
struct ScenarioRequest {
    std::string kind;
    std::map<std::string, double> params;
    double param(const std::string& name, double fallback) const {
        const auto it = params.find(name);
        return it == params.end() ? fallback : it->second;
    }
};

struct SimulatorConfig {
    int institutions = 120;
    int days = 250;  // business days
    std::uint64_t seed = 20250102;
    Date start = Date::fromYmd(2025, 1, 2);
    std::vector<ScenarioRequest> scenarios;
    // 1 generates and writes on the calling thread; 2 or more generate on a second thread while
    // the caller writes. The market is the same either way.
    int threads = 2;
};

}  // namespace eagle
