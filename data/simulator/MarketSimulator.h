#pragma once
// Generates a realistic multi-market interbank market into a workspace, deterministically from a
// seed: tiered institutions with strategies and related-party groups, reference rates, daily
// balance sheets, repo, interbank lending, bond, FX and gold trades, and the planted risk
// scenarios with their ground truth.

#include "Progress.h"
#include "SimulatorConfig.h"

#include <cstdint>

namespace eagle {

class Store;

struct SimulationSummary {
    int institutions = 0;
    int days = 0;
    std::int64_t trades = 0;
    int scenarios = 0;
};

class MarketSimulator {
public:
    explicit MarketSimulator(SimulatorConfig config);
    // Writes everything into an empty store, streaming day by day so memory stays bounded. Throws
    // Cancelled when stop is requested (createWorkspace then deletes the partial file) and
    // std::invalid_argument for an impossible configuration.
    SimulationSummary run(Store& store, const ProgressCallback& progress = {}, const std::stop_token& stop = {});

private:
    SimulatorConfig config_;
};

}  // namespace eagle
