#include "Betweenness.h"

#include "Progress.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <queue>
#include <thread>

namespace eagle {
namespace {

struct Csr {
    std::vector<std::size_t> start;
    std::vector<std::uint32_t> other;
    std::vector<double> length;
};

Csr build(std::size_t n, std::span<const std::pair<std::uint32_t, std::uint32_t>> edges, std::span<const double> length,
          bool reverse) {
    Csr c{std::vector<std::size_t>(n + 1, 0), std::vector<std::uint32_t>(edges.size()),
          std::vector<double>(edges.size())};
    for (const auto& [from, to] : edges) ++c.start[(reverse ? to : from) + 1];
    for (std::size_t i = 0; i < n; ++i) c.start[i + 1] += c.start[i];
    std::vector<std::size_t> next(c.start.begin(), c.start.end() - 1);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto [from, to] = edges[e];
        const std::size_t at = next[reverse ? to : from]++;
        c.other[at] = reverse ? from : to;
        c.length[at] = length[e];
    }
    return c;
}

// Equal lengths up to rounding count as ties, as igraph does.
bool same(double a, double b) { return std::abs(a - b) <= 1e-10 * std::max({1.0, std::abs(a), std::abs(b)}); }

class SingleSource {
public:
    SingleSource(const Csr& out, const Csr& in, std::size_t n)
        : out_(out), in_(in), dist_(n, kFar), sigma_(n, 0), delta_(n, 0), settled_(n, 0) {}

    void accumulate(std::uint32_t s, std::vector<double>& bc) {
        order_.clear();
        using Item = std::pair<double, std::uint32_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> heap;
        dist_[s] = 0;
        sigma_[s] = 1;
        heap.push({0, s});
        while (!heap.empty()) {
            const auto [d, v] = heap.top();
            heap.pop();
            if (settled_[v] || d > dist_[v]) continue;
            settled_[v] = 1;
            order_.push_back(v);
            for (std::size_t k = out_.start[v]; k < out_.start[v + 1]; ++k) {
                const std::uint32_t w = out_.other[k];
                if (settled_[w]) continue;
                const double nd = d + out_.length[k];
                if (dist_[w] == kFar || (nd < dist_[w] && !same(nd, dist_[w]))) {
                    dist_[w] = nd;
                    sigma_[w] = sigma_[v];
                    heap.push({nd, w});
                } else if (same(nd, dist_[w])) {
                    sigma_[w] += sigma_[v];
                }
            }
        }
        for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
            const std::uint32_t w = *it;
            for (std::size_t k = in_.start[w]; k < in_.start[w + 1]; ++k) {
                const std::uint32_t v = in_.other[k];
                if (settled_[v] && v != w && same(dist_[v] + in_.length[k], dist_[w]))
                    delta_[v] += sigma_[v] / sigma_[w] * (1 + delta_[w]);
            }
            if (w != s) bc[w] += delta_[w];
        }
        for (std::uint32_t v : order_) dist_[v] = kFar, sigma_[v] = 0, delta_[v] = 0, settled_[v] = 0;
    }

private:
    static constexpr double kFar = std::numeric_limits<double>::infinity();
    const Csr& out_;
    const Csr& in_;
    std::vector<double> dist_, sigma_, delta_;
    std::vector<char> settled_;
    std::vector<std::uint32_t> order_;
};

}  // namespace

std::vector<double> betweenness(std::size_t n, std::span<const std::pair<std::uint32_t, std::uint32_t>> edges,
                                std::span<const double> length, std::span<const std::uint32_t> sources, int threads,
                                const std::stop_token& stop) {
    const Csr out = build(n, edges, length, false), in = build(n, edges, length, true);
    const int workers = std::max(1, std::min<int>(threads, static_cast<int>(sources.size())));
    std::vector<std::vector<double>> partial(static_cast<std::size_t>(workers), std::vector<double>(n, 0.0));
    std::atomic<std::size_t> next{0};
    auto work = [&](std::size_t t) {
        SingleSource search(out, in, n);
        for (std::size_t k; (k = next++) < sources.size() && !stop.stop_requested();)
            search.accumulate(sources[k], partial[t]);
    };
    std::vector<std::jthread> pool;
    for (int t = 1; t < workers; ++t) pool.emplace_back(work, static_cast<std::size_t>(t));
    work(0);
    pool.clear();
    throwIfStopped(stop);
    for (int t = 1; t < workers; ++t)
        for (std::size_t i = 0; i < n; ++i) partial[0][i] += partial[static_cast<std::size_t>(t)][i];
    return partial[0];
}

}  // namespace eagle
