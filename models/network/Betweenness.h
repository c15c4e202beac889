#pragma once
// Weighted, directed betweenness (Brandes 2001, "A faster algorithm for betweenness centrality",
// J. Math. Sociol. 25(2)): shortest paths from every source, or from a sample of sources scaled
// up by n / k (Brandes & Pich 2007), shared between threads. Written here rather than taken from
// igraph, whose build is not thread-safe and which spends several times longer per source.

#include <cstdint>
#include <span>
#include <stop_token>
#include <utility>
#include <vector>

namespace eagle {

// edges: (from, to) with a positive length each. Raw pair-dependency sums, not normalised.
std::vector<double> betweenness(std::size_t nodes, std::span<const std::pair<std::uint32_t, std::uint32_t>> edges,
                                std::span<const double> length, std::span<const std::uint32_t> sources, int threads = 2,
                                const std::stop_token& stop = {});

}  // namespace eagle
