#pragma once
// Eisenberg & Noe (2001), "Systemic risk in financial systems", Management Science 47(2):236-249:
// the clearing payment vector p* = min(pbar, max(0, e + Pi^T p*)), the greatest one, by their
// fictitious default algorithm. Each round assumes the institutions found in default so far pay
// what they can (a linear system over the defaulted set, solved exactly) and looks for new
// defaults; the rounds are the waves of the cascade.
// An ExposureEdge creditor i -> debtor j of amount L means j owes i L (L_ji in their notation).

#include "ContagionResult.h"
#include "ExposureGraph.h"

#include <span>
#include <stop_token>

namespace eagle {

struct ClearingInputs {
    std::span<const double> externalAssets;       // per institution, CNY
    std::span<const double> externalLiabilities;  // senior to interbank debt; empty = none
    std::span<const double> externalAssetLoss;    // the shock: CNY of external assets lost; empty = none
    std::span<const double> economicWeight;       // for the DebtRank-style sum; empty = equity before the shock
};

ContagionResult clearingVector(const ExposureGraph& graph, const ClearingInputs& inputs,
                               const std::stop_token& stop = {});

}  // namespace eagle
