#pragma once
// A small, portable random source (xoshiro256**, seeded by SplitMix64) with the distributions
// the simulator needs. Unlike std::*_distribution its output is identical on every compiler and
// standard library, which is what makes a simulated market reproducible from its seed.

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace eagle {

class Random {
public:
    explicit Random(std::uint64_t seed) {
        for (auto& s : state_) s = splitMix(seed);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    std::size_t index(std::size_t n) { return static_cast<std::size_t>(uniform() * static_cast<double>(n)); }
    bool chance(double p) { return uniform() < p; }

    double normal() {
        // Box-Muller; the second variate is discarded to keep the stream position simple.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Pareto with minimum xMin and tail index alpha: P(X > x) = (xMin / x)^alpha.
    double pareto(double xMin, double alpha) { return xMin / std::pow(1.0 - uniform(), 1.0 / alpha); }
    int poisson(double mean) {
        const double limit = std::exp(-mean);
        int k = 0;
        for (double p = uniform(); p > limit; p *= uniform()) ++k;
        return k;
    }
    // Index drawn with probability proportional to weights[i].
    std::size_t weighted(const std::vector<double>& weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }
    // An independent stream, e.g. one per market, so adding draws in one market leaves others alone.
    Random fork(std::uint64_t salt) { return Random(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t state_[4];
};

}  // namespace eagle
