#pragma once
// One stress test: a system of institutions (exposures, buffers), shocks and a contagion method,
// whether the system comes from a workspace's network on a day or from files a supervisor has.

#include "ContagionResult.h"
#include "ExposureGraph.h"
#include "MultilayerNetwork.h"
#include "StressShock.h"

#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace eagle {

enum class StressMethod { DebtRank, DebtRankSingleHit, Clearing };
std::optional<StressMethod> parseStressMethod(std::string_view name);  // debtrank, debtrank_single, clearing
std::string_view nameOf(StressMethod method);

struct StressSystem {
    ExposureGraph exposures;
    std::vector<std::string> names;
    std::vector<double> equity;               // the loss-absorbing buffer, CNY
    std::vector<double> externalAssets;       // for clearing; empty = derived from equity
    std::vector<double> externalLiabilities;  // for clearing; empty = none
    std::vector<double> bondDv01;             // for rate shocks; empty = none
    std::vector<double> economicWeight;       // for the DebtRank sum; empty = equity
    std::optional<std::size_t> indexOf(std::string_view name) const;
};

// The workspace's exposures on the network's day; external assets and liabilities from the
// balance sheet (total assets less interbank claims, liabilities less interbank debts).
StressSystem stressSystemOf(const MultilayerNetwork& network);

ContagionResult runStressTest(const StressSystem& system, const std::vector<StressShock>& shocks, StressMethod method,
                              const std::stop_token& stop = {});

}  // namespace eagle
