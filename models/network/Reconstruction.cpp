#include "Reconstruction.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace eagle {
namespace {

double checkedSum(std::span<const double> values, const char* what) {
    double sum = 0;
    for (double v : values) {
        if (!std::isfinite(v) || v < 0)
            throw std::invalid_argument(std::string(what) + " must be finite and not negative");
        sum += v;
    }
    return sum;
}

void requireSameSize(std::span<const double> a, std::span<const double> l) {
    if (a.size() != l.size()) throw std::invalid_argument("assets and liabilities need one value per institution");
}

// Draws an index with probability proportional to weight[k], skipping `except`.
std::size_t draw(const std::vector<double>& weight, std::size_t except, std::mt19937_64& random) {
    double total = 0;
    for (std::size_t k = 0; k < weight.size(); ++k)
        if (k != except) total += weight[k];
    double x = std::uniform_real_distribution<double>(0, total)(random);
    std::size_t last = weight.size();
    for (std::size_t k = 0; k < weight.size(); ++k) {
        if (k == except || weight[k] <= 0) continue;
        last = k;
        if ((x -= weight[k]) <= 0) return k;
    }
    return last;
}

}  // namespace

std::vector<double> balancedLiabilities(std::span<const double> assets, std::span<const double> liabilities) {
    requireSameSize(assets, liabilities);
    const double a = checkedSum(assets, "interbank assets"), l = checkedSum(liabilities, "interbank liabilities");
    if (a <= 0 || l <= 0) throw std::invalid_argument("interbank assets and liabilities must not be all zero");
    std::vector<double> out(liabilities.begin(), liabilities.end());
    for (double& x : out) x *= a / l;
    return out;
}

MaxEntropyFactors maxEntropyFactors(std::span<const double> assets, std::span<const double> liabilities,
                                    double tolerance, int maxIterations) {
    requireSameSize(assets, liabilities);
    const std::size_t n = assets.size();
    const double total = checkedSum(assets, "interbank assets");
    checkedSum(liabilities, "interbank liabilities");
    MaxEntropyFactors f{std::vector<double>(assets.begin(), assets.end()), std::vector<double>(n, 0.0)};
    // Start from the prior a_i l_j / total, i.e. u = a, v = l / total, then alternate the row and
    // column scalings: u_i = a_i / (V - v_i), v_j = l_j / (U - u_j).
    for (std::size_t j = 0; j < n; ++j) f.v[j] = total > 0 ? liabilities[j] / total : 0;
    for (f.iterations = 1; f.iterations <= maxIterations; ++f.iterations) {
        double V = std::accumulate(f.v.begin(), f.v.end(), 0.0);
        for (std::size_t i = 0; i < n; ++i) f.u[i] = assets[i] > 0 && V - f.v[i] > 0 ? assets[i] / (V - f.v[i]) : 0;
        const double U = std::accumulate(f.u.begin(), f.u.end(), 0.0);
        for (std::size_t j = 0; j < n; ++j)
            f.v[j] = liabilities[j] > 0 && U - f.u[j] > 0 ? liabilities[j] / (U - f.u[j]) : 0;
        // Columns now hold exactly; the gap left is in the rows.
        V = std::accumulate(f.v.begin(), f.v.end(), 0.0);
        f.largestGap = 0;
        for (std::size_t i = 0; i < n; ++i)
            f.largestGap = std::max(f.largestGap, std::abs(f.u[i] * (V - f.v[i]) - assets[i]));
        if (f.largestGap <= tolerance * std::max(1.0, total)) break;
    }
    return f;
}

ExposureGraph maxEntropy(std::span<const double> assets, std::span<const double> liabilities) {
    if (assets.size() > 3000)
        throw std::invalid_argument("maximum entropy gives a dense matrix: more than 3,000 institutions is too many");
    const MaxEntropyFactors f = maxEntropyFactors(assets, liabilities);
    ExposureGraph g{assets.size(), {}};
    for (std::uint32_t i = 0; i < assets.size(); ++i)
        for (std::uint32_t j = 0; j < assets.size(); ++j)
            if (const double x = f.at(i, j); x > 0) g.edges.push_back({i, j, x, NetworkLayer::Interbank});
    return g;
}

ExposureGraph minimumDensity(std::span<const double> assets, std::span<const double> liabilities, std::uint64_t seed) {
    requireSameSize(assets, liabilities);
    const std::size_t n = assets.size();
    const double total = checkedSum(assets, "interbank assets");
    checkedSum(liabilities, "interbank liabilities");
    std::vector<double> a(assets.begin(), assets.end()), l(liabilities.begin(), liabilities.end());
    const double dust = 1e-12 * std::max(1.0, total);
    ExposureGraph g{n, {}};
    std::mt19937_64 random(seed);
    auto left = [&](const std::vector<double>& v) {
        double s = 0;
        for (double x : v) s += x > dust ? x : 0;
        return s;
    };
    while (left(a) > dust && left(l) > dust) {
        for (double& x : a) x = x > dust ? x : 0;
        for (double& x : l) x = x > dust ? x : 0;
        const std::size_t i = draw(a, n, random);
        // Only the lender itself still has debts to place: move part of an existing link so that
        // it can lend to that link's borrower and the link's lender lends to it instead.
        if (left(l) - l[i] <= dust) {
            for (auto& e : g.edges) {
                if (e.creditor == i || e.debtor == i) continue;
                const double moved = std::min({e.amount, a[i], l[i]});
                const std::uint32_t k = e.creditor, m = e.debtor;
                e.amount -= moved;
                g.edges.push_back({k, static_cast<std::uint32_t>(i), moved, NetworkLayer::Interbank});
                g.edges.push_back({static_cast<std::uint32_t>(i), m, moved, NetworkLayer::Interbank});
                a[i] -= moved;
                l[i] -= moved;
                if (a[i] <= dust || l[i] <= dust) break;
            }
            std::erase_if(g.edges, [](const ExposureEdge& e) { return e.amount <= 0; });
            if (a[i] > dust && l[i] > dust) break;  // nothing left to reroute: totals cannot all be met
            continue;
        }
        const std::size_t j = draw(l, i, random);
        const double x = std::min(a[i], l[j]);
        g.edges.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), x, NetworkLayer::Interbank});
        a[i] -= x;
        l[j] -= x;
    }
    g = g.merged();
    for (auto& e : g.edges) e.layer = NetworkLayer::Interbank;
    return g;
}

double fitnessParameter(std::span<const double> assets, std::span<const double> liabilities, double linkDensity) {
    requireSameSize(assets, liabilities);
    if (!(linkDensity > 0 && linkDensity <= 1)) throw std::invalid_argument("link density must be in (0, 1]");
    checkedSum(assets, "interbank assets");
    checkedSum(liabilities, "interbank liabilities");
    const std::size_t n = assets.size();
    double maxA = 0, maxL = 0, minA = INFINITY, minL = INFINITY;
    for (std::size_t i = 0; i < n; ++i) {
        maxA = std::max(maxA, assets[i]), maxL = std::max(maxL, liabilities[i]);
        if (assets[i] > 0) minA = std::min(minA, assets[i]);
        if (liabilities[i] > 0) minL = std::min(minL, liabilities[i]);
    }
    if (maxA <= 0 || maxL <= 0) throw std::invalid_argument("interbank assets and liabilities must not be all zero");
    const double target = linkDensity * static_cast<double>(n) * static_cast<double>(n - 1);
    auto expectedLinks = [&](double z) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < n; ++j)
                if (i != j) {
                    const double x = z * assets[i] * liabilities[j];
                    sum += x / (1 + x);
                }
        return sum;
    };
    // Bisection on a log scale: the expected number of links rises with z.
    double lo = 1e-9 / (maxA * maxL), hi = 1e9 / (minA * minL);
    for (int k = 0; k < 80; ++k) {
        const double mid = std::sqrt(lo * hi);
        (expectedLinks(mid) < target ? lo : hi) = mid;
    }
    return std::sqrt(lo * hi);
}

ExposureGraph fitnessSample(std::span<const double> assets, std::span<const double> liabilities, double z,
                            std::uint64_t seed) {
    requireSameSize(assets, liabilities);
    const std::size_t n = assets.size();
    const double total = checkedSum(assets, "interbank assets");
    ExposureGraph g{n, {}};
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t j = 0; j < n; ++j) {
            if (i == j) continue;
            const double x = z * assets[i] * liabilities[j];
            const double p = x / (1 + x);
            if (p > 0 && unit(random) < p)
                g.edges.push_back({i, j, assets[i] * liabilities[j] / (total * p), NetworkLayer::Interbank});
        }
    return g;
}

}  // namespace eagle
