#pragma once
// DebtRank: distress spreading from debtors to creditors in proportion to exposure over equity.
//  - single-hit (Battiston, Puliga, Kaushik, Tasca & Caldarelli 2012, "DebtRank: too central to
//    fail?", Sci. Rep. 2:541): each distressed institution passes its distress on once, with
//    impact W_ij = min(1, A_ij / E_i);
//  - linear (Bardoscia, Battiston, Caccioli & Caldarelli 2015, "DebtRank: a microscopic foundation
//    for shock propagation", PLoS ONE 10:e0130406): h_i(t+1) = min(1, h_i(t) + sum_j
//    Lambda_ij (h_j(t) - h_j(t-1))) with Lambda_ij = A_ij / E_i(0), run until nothing changes.
// A_ij is i's exposure to j (an ExposureEdge creditor i -> debtor j); h is relative equity loss.

#include "ClaimsByDebtor.h"
#include "ContagionResult.h"
#include "ExposureGraph.h"

#include <span>
#include <stop_token>

namespace eagle {

enum class DebtRankVariant { SingleHit, Linear };

struct DebtRankOptions {
    DebtRankVariant variant = DebtRankVariant::Linear;
    int maxRounds = 1000;
    double tolerance = 1e-10;  // linear: stop when no distress moves by more than this
    // false: the totals and each institution's distress only, no rounds and no losses by layer
    // (a sweep of one failure per institution needs only the DebtRank and runs several times faster).
    bool details = true;
};

// equity: each institution's buffer E_i (CNY); an institution with none absorbs nothing and
// passes nothing on. initialDistress: h_i(0) in [0, 1]. economicWeight: v_i for the DebtRank
// sum (e.g. total assets); empty = equity. All three have graph.nodes entries.
ContagionResult debtRank(const ExposureGraph& graph, std::span<const double> equity,
                         std::span<const double> initialDistress, const DebtRankOptions& options = {},
                         std::span<const double> economicWeight = {}, const std::stop_token& stop = {});
// The same on claims grouped once, for many shocks on one network.
ContagionResult debtRank(const ClaimsByDebtor& claims, std::span<const double> equity,
                         std::span<const double> initialDistress, const DebtRankOptions& options = {},
                         std::span<const double> economicWeight = {}, const std::stop_token& stop = {});

}  // namespace eagle
