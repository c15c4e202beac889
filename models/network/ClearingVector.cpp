#include "ClearingVector.h"

#include "ClaimsByDebtor.h"
#include "Progress.h"

#include <Eigen/SparseLU>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace eagle {
namespace {

std::vector<double> valuesOr(std::span<const double> v, std::size_t n, const char* what) {
    if (v.empty()) return std::vector<double>(n, 0.0);
    if (v.size() != n)
        throw std::invalid_argument(std::string("clearing: ") + what + " needs one value per institution");
    return {v.begin(), v.end()};
}

class FictitiousDefault {
public:
    FictitiousDefault(const ClaimsByDebtor& claims, std::vector<double> cash)
        : claims_(claims), pbar_(claims.owed()), cash_(std::move(cash)), p_(pbar_), inDefault_(pbar_.size(), 0) {}

    // What each institution receives when everyone pays p.
    std::vector<double> inflows(const std::vector<double>& p) const {
        std::vector<double> in(p.size(), 0.0);
        for (std::size_t j = 0; j < p.size(); ++j)
            if (pbar_[j] > 0 && p[j] > 0)
                for (const Claim& c : claims_.on(j)) in[c.creditor] += c.amount / pbar_[j] * p[j];
        return in;
    }

    // Institutions newly unable to pay in full given the current payments.
    std::vector<std::uint32_t> newDefaults() const {
        const auto in = inflows(p_);
        std::vector<std::uint32_t> out;
        for (std::uint32_t i = 0; i < p_.size(); ++i)
            if (!inDefault_[i] && pbar_[i] > 0 && cash_[i] + in[i] < pbar_[i] * (1 - 1e-12)) out.push_back(i);
        return out;
    }

    void addDefaults(const std::vector<std::uint32_t>& d) {
        for (auto i : d) inDefault_[i] = 1;
        solve();
    }

    const std::vector<double>& payments() const { return p_; }
    const std::vector<double>& obligations() const { return pbar_; }

private:
    // Payments of the defaulted set: p_D = e_D + Pi_DD^T p_D + Pi_SD^T pbar_S, clipped at 0.
    void solve() {
        const std::size_t n = p_.size();
        // Certainly paying nothing: those short even if every debtor paid in full (p* <= pbar).
        std::vector<char> zero(n, 0);
        const auto atBest = inflows(pbar_);
        for (std::uint32_t i = 0; i < n; ++i) zero[i] = inDefault_[i] && cash_[i] + atBest[i] <= 0;
        std::vector<int> slot(n, -1);
        std::vector<std::uint32_t> unknown;
        for (std::uint32_t i = 0; i < n; ++i)
            if (inDefault_[i] && !zero[i]) slot[i] = static_cast<int>(unknown.size()), unknown.push_back(i);
        for (std::uint32_t i = 0; i < n; ++i)
            if (zero[i]) p_[i] = 0;
        if (unknown.empty()) return;
        Eigen::VectorXd b(static_cast<Eigen::Index>(unknown.size()));
        for (std::size_t k = 0; k < unknown.size(); ++k) b[static_cast<Eigen::Index>(k)] = cash_[unknown[k]];
        std::vector<Eigen::Triplet<double>> entries;
        for (std::size_t k = 0; k < unknown.size(); ++k) entries.emplace_back(k, k, 1.0);
        for (std::uint32_t j = 0; j < n; ++j) {
            if (pbar_[j] <= 0 || zero[j]) continue;
            for (const Claim& c : claims_.on(j)) {
                const int row = slot[c.creditor];
                if (row < 0) continue;
                const double share = c.amount / pbar_[j];
                if (slot[j] >= 0)
                    entries.emplace_back(row, slot[j], -share);
                else if (!inDefault_[j])
                    b[row] += share * pbar_[j];
            }
        }
        Eigen::VectorXd x = solveLinear(entries, b, unknown);
        // The linear solution is the clearing vector unless someone would pay a negative amount;
        // then the clipped map is iterated down from pbar to its greatest fixed point.
        if (x.minCoeff() < 0) x = iterateDown(entries, b, unknown);
        for (std::size_t k = 0; k < unknown.size(); ++k)
            p_[unknown[k]] = std::clamp(x[static_cast<Eigen::Index>(k)], 0.0, pbar_[unknown[k]]);
    }

    Eigen::VectorXd solveLinear(const std::vector<Eigen::Triplet<double>>& entries, const Eigen::VectorXd& b,
                                const std::vector<std::uint32_t>& unknown) const {
        const auto size = static_cast<Eigen::Index>(unknown.size());
        Eigen::SparseMatrix<double> m(size, size);
        m.setFromTriplets(entries.begin(), entries.end());
        Eigen::SparseLU<Eigen::SparseMatrix<double>> lu;
        lu.compute(m);
        if (lu.info() == Eigen::Success) {
            Eigen::VectorXd x = lu.solve(b);
            if (lu.info() == Eigen::Success && x.allFinite()) return x;
        }
        // A closed ring of defaulters whose debts all stay inside it makes the system singular.
        return iterateDown(entries, b, unknown);
    }

    // The greatest fixed point of p = clip(b + Pi_DD^T p, 0, pbar) on the defaulted set: the limit
    // of the payments iterated down from pbar (monotone, Eisenberg & Noe's Lemma 4).
    Eigen::VectorXd iterateDown(const std::vector<Eigen::Triplet<double>>& entries, const Eigen::VectorXd& b,
                                const std::vector<std::uint32_t>& unknown) const {
        const auto size = static_cast<Eigen::Index>(unknown.size());
        Eigen::SparseMatrix<double> m(size, size);
        m.setFromTriplets(entries.begin(), entries.end());
        Eigen::VectorXd x(size);
        for (Eigen::Index k = 0; k < size; ++k) x[k] = pbar_[unknown[static_cast<std::size_t>(k)]];
        Eigen::SparseMatrix<double> identity(size, size);
        identity.setIdentity();
        const Eigen::SparseMatrix<double> offDiagonal = identity - m;
        for (int iteration = 0; iteration < 1000000; ++iteration) {
            Eigen::VectorXd next = b + offDiagonal * x;
            double moved = 0;
            for (Eigen::Index k = 0; k < size; ++k) {
                next[k] = std::clamp(next[k], 0.0, pbar_[unknown[static_cast<std::size_t>(k)]]);
                moved = std::max(moved, std::abs(next[k] - x[k]));
            }
            x.swap(next);
            if (moved <= 1e-12 * std::max(1.0, x.cwiseAbs().maxCoeff())) break;
        }
        return x;
    }

    const ClaimsByDebtor& claims_;
    const std::vector<double>& pbar_;
    std::vector<double> cash_;
    std::vector<double> p_;
    std::vector<char> inDefault_;
};

}  // namespace

ContagionResult clearingVector(const ExposureGraph& graph, const ClearingInputs& in, const std::stop_token& stop) {
    const std::size_t n = graph.nodes;
    const auto assets = valuesOr(in.externalAssets, n, "external assets");
    const auto external = valuesOr(in.externalLiabilities, n, "external liabilities");
    const auto shock = valuesOr(in.externalAssetLoss, n, "the shock");
    const ClaimsByDebtor claims(graph);
    const auto& pbar = claims.owed();
    const std::vector<double> claimsHeld = graph.assets();

    // Equity before the shock, everyone paying in full: the buffer distress is measured against.
    std::vector<double> equity0(n), cash(n);
    for (std::size_t i = 0; i < n; ++i) {
        equity0[i] = assets[i] - external[i] + claimsHeld[i] - pbar[i];
        cash[i] = assets[i] - std::clamp(shock[i], 0.0, std::max(0.0, assets[i])) - external[i];
    }
    ContagionResult r;
    r.institutions.resize(n);
    auto distressOf = [&](std::size_t i, double loss) {
        return equity0[i] > 0 ? std::min(1.0, loss / equity0[i]) : 0.0;
    };
    ContagionStep& first = r.rounds.emplace_back();
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = r.institutions[i];
        s.shockLoss = std::clamp(shock[i], 0.0, std::max(0.0, assets[i]));
        s.initialDistress = s.finalDistress = distressOf(i, s.shockLoss);
        s.obligations = s.payments = pbar[i];
        if (s.shockLoss > 0) first.changes.push_back({static_cast<std::uint32_t>(i), s.initialDistress});
        first.systemLoss += s.shockLoss;
    }

    FictitiousDefault algorithm(claims, cash);
    std::vector<double> creditLoss(n, 0.0);
    for (int round = 1;; ++round) {
        throwIfStopped(stop);
        const auto defaults = algorithm.newDefaults();
        if (defaults.empty()) break;
        algorithm.addDefaults(defaults);
        ContagionStep step;
        step.defaults = defaults;
        for (auto i : defaults) r.institutions[i].defaultRound = round;
        // Losses of the creditors of every defaulted institution at this round's payments.
        std::vector<double> loss(n, 0.0);
        const auto& p = algorithm.payments();
        for (std::uint32_t j = 0; j < n; ++j)
            if (pbar[j] > 0 && p[j] < pbar[j])
                for (const Claim& c : claims.on(j)) loss[c.creditor] += c.amount * (1 - p[j] / pbar[j]);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (loss[i] <= creditLoss[i]) continue;
            step.systemLoss += loss[i] - creditLoss[i];
            creditLoss[i] = loss[i];
            const double h =
                r.institutions[i].defaultRound >= 0 ? 1.0 : distressOf(i, r.institutions[i].shockLoss + loss[i]);
            step.changes.push_back({i, h});
        }
        for (auto i : defaults)
            if (creditLoss[i] == 0) step.changes.push_back({i, 1.0});
        r.rounds.push_back(std::move(step));
    }

    const auto& p = algorithm.payments();
    for (std::uint32_t j = 0; j < n; ++j) {
        if (pbar[j] <= 0 || p[j] >= pbar[j]) continue;
        const double unpaid = 1 - p[j] / pbar[j];
        for (const Claim& c : claims.on(j))
            for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
                r.institutions[c.creditor].lossByLayer[l] += c.amount * unpaid * c.layerShare[l];
    }
    const std::span<const double> weightSource =
        in.economicWeight.empty() ? std::span<const double>(equity0) : in.economicWeight;
    double weightSum = 0;
    for (double w : weightSource) weightSum += std::max(0.0, w);
    for (std::size_t i = 0; i < n; ++i) {
        auto& s = r.institutions[i];
        s.payments = p[i];
        s.contagionLoss = creditLoss[i];
        s.finalDistress = s.defaultRound >= 0 ? 1.0 : distressOf(i, s.shockLoss + creditLoss[i]);
        const double v = weightSum > 0 ? std::max(0.0, weightSource[i]) / weightSum : 0;
        r.debtRank += v * (s.finalDistress - s.initialDistress);
        r.totalDistress += v * s.finalDistress;
        r.shockLoss += s.shockLoss;
        r.contagionLoss += s.contagionLoss;
        if (s.defaultRound >= 0) ++r.defaults;
    }
    return r;
}

}  // namespace eagle
