#pragma once
// Rebuilding bilateral exposures when only each institution's total interbank claims (assets,
// the row sums) and debts (liabilities, the column sums) are known. Nobody lends to itself.
//  - maximum entropy (Upper & Worms 2004; Upper 2011): the matrix closest to a_i l_j that meets
//    both totals, by RAS / iterative proportional fitting. With a zero diagonal the solution is
//    x_ij = u_i v_j (i != j), so the fitting runs on 2n numbers, not n^2.
//  - minimum density (Anand, Craig & von Peter 2015, "Filling in the blanks: network structure
//    and interbank contagion", Quantitative Finance 15(4):625-636): as few links as possible,
//    each closing the smaller of a lender's remaining claims and a borrower's remaining debts,
//    partners drawn with probability rising with what they have left: sparse, large banks
//    connected to many.
//  - fitness model (Cimini, Squartini, Garlaschelli & Gabrielli 2015, "Systemic risk analysis
//    on reconstructed economic and financial networks", Sci. Rep. 5:15758; the density-corrected
//    gravity model): link i -> j with p_ij = z a_i l_j / (1 + z a_i l_j), z set for a target
//    number of links, weight a_i l_j / (W p_ij): totals met on average.

#include "ExposureGraph.h"

#include <cstdint>
#include <span>
#include <vector>

namespace eagle {

// Scales the liabilities so that both totals agree (reported totals rarely do exactly); throws
// std::invalid_argument on negative or non-finite values or an empty side.
std::vector<double> balancedLiabilities(std::span<const double> assets, std::span<const double> liabilities);

struct MaxEntropyFactors {
    std::vector<double> u, v;  // x_ij = u_i v_j for i != j
    int iterations = 0;
    double largestGap = 0;  // worst row or column total missed, CNY
    double at(std::size_t i, std::size_t j) const { return i == j ? 0.0 : u[i] * v[j]; }
};
MaxEntropyFactors maxEntropyFactors(std::span<const double> assets, std::span<const double> liabilities,
                                    double tolerance = 1e-10, int maxIterations = 100000);
// The dense matrix as edges (n^2 - n of them where both sides are positive); refuses above
// 3,000 institutions.
ExposureGraph maxEntropy(std::span<const double> assets, std::span<const double> liabilities);

ExposureGraph minimumDensity(std::span<const double> assets, std::span<const double> liabilities, std::uint64_t seed);

// z such that the expected share of the n(n-1) possible links is linkDensity, in (0, 1].
double fitnessParameter(std::span<const double> assets, std::span<const double> liabilities, double linkDensity);
ExposureGraph fitnessSample(std::span<const double> assets, std::span<const double> liabilities, double z,
                            std::uint64_t seed);

}  // namespace eagle
