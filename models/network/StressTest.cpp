#include "StressTest.h"

#include "ClearingVector.h"
#include "DebtRank.h"

#include <algorithm>

namespace eagle {

std::optional<StressMethod> parseStressMethod(std::string_view name) {
    if (name == "debtrank") return StressMethod::DebtRank;
    if (name == "debtrank_single") return StressMethod::DebtRankSingleHit;
    if (name == "clearing") return StressMethod::Clearing;
    return std::nullopt;
}

std::string_view nameOf(StressMethod method) {
    switch (method) {
        case StressMethod::DebtRank:
            return "debtrank";
        case StressMethod::DebtRankSingleHit:
            return "debtrank_single";
        case StressMethod::Clearing:
            return "clearing";
    }
    return "";
}

std::optional<std::size_t> StressSystem::indexOf(std::string_view name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return i;
    return std::nullopt;
}

StressSystem stressSystemOf(const MultilayerNetwork& network) {
    StressSystem s;
    s.exposures = network.exposures();
    const auto claims = s.exposures.assets();
    const auto debts = s.exposures.liabilities();
    for (std::size_t i = 0; i < network.institutions.size(); ++i) {
        const auto& inst = network.institutions[i];
        s.names.push_back(inst.code);
        s.equity.push_back(inst.equity);
        s.externalAssets.push_back(std::max(0.0, inst.totalAssets - claims[i]));
        s.externalLiabilities.push_back(std::max(0.0, inst.totalAssets - inst.equity - debts[i]));
        s.bondDv01.push_back(inst.bondDv01);
        s.economicWeight.push_back(inst.totalAssets);
    }
    return s;
}

ContagionResult runStressTest(const StressSystem& system, const std::vector<StressShock>& shocks, StressMethod method,
                              const std::stop_token& stop) {
    const std::size_t n = system.exposures.nodes;
    const ShockLosses losses = applyShocks(shocks, system.equity, system.bondDv01);
    if (method != StressMethod::Clearing) {
        std::vector<double> h(n, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            h[i] = losses.failed[i]       ? 1.0
                   : system.equity[i] > 0 ? std::min(1.0, losses.equityLoss[i] / system.equity[i])
                                          : 0.0;
        DebtRankOptions options;
        options.variant = method == StressMethod::DebtRank ? DebtRankVariant::Linear : DebtRankVariant::SingleHit;
        return debtRank(system.exposures, system.equity, h, options, system.economicWeight, stop);
    }
    // Without stated external assets, take the ones that give the stated equity when everyone
    // pays: e = E + interbank debts - interbank claims (net of external liabilities).
    std::vector<double> assets = system.externalAssets;
    if (assets.empty()) {
        const auto claims = system.exposures.assets(), debts = system.exposures.liabilities();
        const std::vector<double>& external = system.externalLiabilities;
        for (std::size_t i = 0; i < n; ++i)
            assets.push_back(
                std::max(0.0, system.equity[i] + debts[i] - claims[i] + (external.empty() ? 0.0 : external[i])));
    }
    std::vector<double> shock(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) shock[i] = losses.failed[i] ? assets[i] : losses.equityLoss[i];
    ClearingInputs inputs{assets, system.externalLiabilities, shock, system.economicWeight};
    return clearingVector(system.exposures, inputs, stop);
}

}  // namespace eagle
