#pragma once
// Generates a plausible interbank market into a workspace, deterministically from a seed:
// institutions and their links, reference rates, daily balance sheets, and repo, interbank
// lending, bond and FX spot trades.

#include "Progress.h"
#include "SimulatorConfig.h"

#include <cstdint>

namespace eagle {

class Store;

struct SimulationSummary {
    int institutions = 0;
    int days = 0;
    std::int64_t trades = 0;
};

class MarketSimulator {
public:
    explicit MarketSimulator(SimulatorConfig config);
    // Writes everything into an empty store, in transactions of a few weeks each so memory stays
    // bounded; throws Cancelled when stop is requested (the caller deletes the partial file).
    SimulationSummary run(Store& store, const ProgressCallback& progress = {}, const std::stop_token& stop = {});

private:
    SimulatorConfig config_;
};

}  // namespace eagle
