#pragma once
// What a stress test found: per institution the loss and where it came from, per round what
// changed, for tables, CSV and a round-by-round animation.

#include "NetworkLayer.h"

#include <array>
#include <cstdint>
#include <vector>

namespace eagle {

struct InstitutionStress {
    double initialDistress = 0;                            // relative equity loss from the shock itself, in [0, 1]
    double finalDistress = 0;                              // after contagion, in [0, 1]; 1 = equity wiped out
    double shockLoss = 0;                                  // CNY lost to the shock itself
    double contagionLoss = 0;                              // CNY lost through the network
    std::array<double, kNetworkLayerCount> lossByLayer{};  // contagionLoss split by the layer it came through
    int defaultRound = -1;  // round in which it defaulted (distress 1 or clearing shortfall), -1 if it did not
    // Eisenberg-Noe only: what it owed, what it paid.
    double obligations = 0;
    double payments = 0;
};

struct ContagionStep {
    struct Change {
        std::uint32_t institution = 0;
        double distress = 0;  // the new level after this round
    };
    std::vector<Change> changes;          // institutions whose distress rose this round
    std::vector<std::uint32_t> defaults;  // newly defaulted this round
    double systemLoss = 0;                // CNY lost in this round across the system
};

struct ContagionResult {
    std::vector<InstitutionStress> institutions;
    std::vector<ContagionStep> rounds;  // rounds[0] is the shock itself
    double debtRank = 0;                // economic-value-weighted distress added by contagion (Battiston et al.)
    double totalDistress = 0;           // economic-value-weighted final distress, shock included
    double shockLoss = 0;               // CNY
    double contagionLoss = 0;           // CNY
    int defaults = 0;
    bool converged = true;
};

}  // namespace eagle
