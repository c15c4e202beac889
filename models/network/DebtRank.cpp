#include "DebtRank.h"

#include "ClaimsByDebtor.h"
#include "Progress.h"

#include <algorithm>
#include <stdexcept>

namespace eagle {
namespace {

constexpr double kDefaulted = 1 - 1e-12;

std::vector<double> normalisedWeights(std::span<const double> weight, std::span<const double> equity) {
    const std::span<const double> source = weight.empty() ? equity : weight;
    std::vector<double> v(source.begin(), source.end());
    double sum = 0;
    for (double& x : v) sum += (x = std::max(0.0, x));
    for (double& x : v) x = sum > 0 ? x / sum : 0;
    return v;
}

}  // namespace

ContagionResult debtRank(const ExposureGraph& graph, std::span<const double> equity,
                         std::span<const double> initialDistress, const DebtRankOptions& options,
                         std::span<const double> economicWeight, const std::stop_token& stop) {
    return debtRank(ClaimsByDebtor(graph), equity, initialDistress, options, economicWeight, stop);
}

ContagionResult debtRank(const ClaimsByDebtor& claims, std::span<const double> equity,
                         std::span<const double> initialDistress, const DebtRankOptions& options,
                         std::span<const double> economicWeight, const std::stop_token& stop) {
    const std::size_t n = claims.owed().size();
    if (equity.size() != n || initialDistress.size() != n || (!economicWeight.empty() && economicWeight.size() != n))
        throw std::invalid_argument("DebtRank: equity, shock and weights need one value per institution");
    const std::vector<double> v = normalisedWeights(economicWeight, equity);
    const bool linear = options.variant == DebtRankVariant::Linear;

    ContagionResult r;
    r.institutions.resize(n);
    std::vector<double> h(n), delta(n, 0.0);
    // Single-hit states: 0 undistressed, 1 distressed (passes its distress on next round), 2 inactive.
    std::vector<char> state(n, 0);
    ContagionStep& shock = r.rounds.emplace_back();
    for (std::size_t i = 0; i < n; ++i) {
        h[i] = std::clamp(initialDistress[i], 0.0, 1.0);
        auto& s = r.institutions[i];
        s.initialDistress = s.finalDistress = h[i];
        s.shockLoss = std::max(0.0, equity[i]) * h[i];
        if (h[i] <= 0) continue;
        delta[i] = h[i];
        state[i] = 1;
        shock.changes.push_back({static_cast<std::uint32_t>(i), h[i]});
        shock.systemLoss += s.shockLoss;
        if (h[i] >= kDefaulted) {
            s.defaultRound = 0;
            shock.defaults.push_back(static_cast<std::uint32_t>(i));
        }
    }

    std::vector<double> pushed(n, 0.0);
    std::vector<std::array<double, kNetworkLayerCount>> pushedByLayer(n);
    std::vector<std::uint32_t> touched;
    for (int round = 1; round <= options.maxRounds; ++round) {
        throwIfStopped(stop);
        touched.clear();
        for (std::uint32_t j = 0; j < n; ++j) {
            const bool passes = linear ? delta[j] > 0 : state[j] == 1;
            if (!passes) continue;
            const double dj = linear ? delta[j] : h[j];
            for (const Claim& c : claims.on(j)) {
                const double e = equity[c.creditor];
                if (e <= 0) continue;
                const double impact = linear ? c.amount / e : std::min(1.0, c.amount / e);
                const double add = impact * dj;
                if (add <= 0) continue;
                if (pushed[c.creditor] == 0) touched.push_back(c.creditor);
                pushed[c.creditor] += add;
                if (options.details)
                    for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
                        pushedByLayer[c.creditor][l] += add * c.layerShare[l];
            }
        }
        if (!linear)
            for (std::size_t j = 0; j < n; ++j)
                if (state[j] == 1) state[j] = 2;
        std::fill(delta.begin(), delta.end(), 0.0);
        ContagionStep step;
        double largest = 0;
        for (std::uint32_t i : touched) {
            const double before = h[i];
            const double after = std::min(1.0, before + pushed[i]);
            const double moved = after - before;
            auto& s = r.institutions[i];
            if (moved > 0) {
                const double ratio = moved / pushed[i];  // below 1 where the cap at 1 binds
                if (options.details)
                    for (std::size_t l = 0; l < kNetworkLayerCount; ++l)
                        s.lossByLayer[l] += equity[i] * ratio * pushedByLayer[i][l];
                s.contagionLoss += equity[i] * moved;
                step.systemLoss += equity[i] * moved;
                if (options.details) step.changes.push_back({i, after});
                h[i] = after;
                delta[i] = moved;
                largest = std::max(largest, moved);
                if (after >= kDefaulted && before < kDefaulted) {
                    s.defaultRound = round;
                    step.defaults.push_back(i);
                }
                if (!linear && state[i] == 0) state[i] = 1;
            }
            pushed[i] = 0;
            if (options.details) pushedByLayer[i].fill(0);
        }
        const bool moving =
            linear ? largest > options.tolerance : std::find(state.begin(), state.end(), 1) != state.end();
        if (!step.changes.empty() || !step.defaults.empty()) r.rounds.push_back(std::move(step));
        if (!moving) break;
        if (round == options.maxRounds) r.converged = false;
    }

    for (std::size_t i = 0; i < n; ++i) {
        auto& s = r.institutions[i];
        s.finalDistress = h[i];
        r.debtRank += v[i] * (h[i] - s.initialDistress);
        r.totalDistress += v[i] * h[i];
        r.shockLoss += s.shockLoss;
        r.contagionLoss += s.contagionLoss;
        if (s.defaultRound >= 0) ++r.defaults;
    }
    return r;
}

}  // namespace eagle
