#pragma once
// How much the answers depend on the reconstruction: many plausible networks with the same
// totals, and for each institution the spread (5th, 50th, 95th percentile) of its PageRank and
// of the DebtRank of its failure across them. Bands, not one number.

#include "Progress.h"

#include <cstdint>
#include <span>
#include <stop_token>
#include <vector>

namespace eagle {

enum class EnsembleMethod { MinimumDensity, Fitness };

struct EnsembleOptions {
    EnsembleMethod method = EnsembleMethod::MinimumDensity;
    int samples = 100;
    double linkDensity = 0.1;  // fitness model: expected share of possible links
    std::uint64_t seed = 20250102;
    std::size_t debtRankInstitutions = 200;  // failures simulated: the largest borrowers first
};

struct Band {
    double p5 = 0, p50 = 0, p95 = 0;
};

struct EnsembleBands {
    std::vector<Band> pageRank;         // per institution
    std::vector<Band> failureDebtRank;  // per institution; all zero where not simulated
    std::vector<char> debtRankSimulated;
    Band links;  // links per network
    int samples = 0;
};

// assets / liabilities: interbank totals (liabilities are scaled to the assets' total);
// equity: the DebtRank buffers; all with one entry per institution.
EnsembleBands reconstructionEnsemble(std::span<const double> assets, std::span<const double> liabilities,
                                     std::span<const double> equity, const EnsembleOptions& options = {},
                                     const ProgressCallback& progress = {}, const std::stop_token& stop = {});

}  // namespace eagle
