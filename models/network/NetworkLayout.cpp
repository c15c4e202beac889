#include "NetworkLayout.h"

#include "IgraphHandles.h"
#include "Progress.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <unordered_map>

namespace eagle {

std::optional<std::size_t> NetworkLayout::indexOf(InstitutionId id) const {
    const auto it = std::find(institutions.begin(), institutions.end(), id);
    if (it == institutions.end()) return std::nullopt;
    return static_cast<std::size_t>(it - institutions.begin());
}

namespace {

constexpr std::size_t kGridThreshold = 1000;  // igraph's AUTOGRID switches to the grid above it

// Yesterday's positions ([-1, 1] already) for those who were there; a newcomer at the mean of its
// counterparties that were, else on the rim.
NetworkLayout keepPrevious(NetworkLayout out, const ExposureGraph& merged, const std::vector<char>& known,
                           const NetworkLayout& previous, const ig::Matrix& start) {
    const std::size_t n = out.institutions.size();
    const double scale = previous.extent > 0 ? previous.extent : 1.0;
    std::vector<double> sx(n, 0), sy(n, 0), count(n, 0);
    for (const ExposureEdge& e : merged.edges)
        for (auto [a, b] : {std::pair{e.creditor, e.debtor}, std::pair{e.debtor, e.creditor}})
            if (!known[a] && known[b]) sx[a] += MATRIX(start.m, b, 0), sy[a] += MATRIX(start.m, b, 1), ++count[a];
    std::size_t newcomer = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (known[i]) {
            out.x[i] = MATRIX(start.m, i, 0) / scale, out.y[i] = MATRIX(start.m, i, 1) / scale;
        } else if (count[i] > 0) {
            out.x[i] = sx[i] / count[i] / scale, out.y[i] = sy[i] / count[i] / scale;
        } else {
            const double angle = 2.399963 * double(newcomer++);  // golden angle: spread round the rim
            out.x[i] = std::cos(angle), out.y[i] = std::sin(angle);
        }
    }
    out.extent = previous.extent;
    return out;
}

// Weakly connected institutions drift far from the core and would shrink it to a dot when the
// whole network is fitted: pull everything beyond the 90th-percentile radius in softly, then
// normalise into [-1, 1] keeping the aspect ratio.
double squashAndNormalise(std::vector<double>& x, std::vector<double>& y) {
    const std::size_t n = x.size();
    double cx = 0, cy = 0;
    for (std::size_t i = 0; i < n; ++i) cx += x[i] / double(n), cy += y[i] / double(n);
    std::vector<double> radius(n);
    for (std::size_t i = 0; i < n; ++i) radius[i] = std::hypot(x[i] - cx, y[i] - cy);
    std::vector<double> sorted = radius;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n * 9 / 10), sorted.end());
    const double r90 = sorted[n * 9 / 10];
    for (std::size_t i = 0; i < n && r90 > 0; ++i)
        if (radius[i] > r90) {
            const double squashed = r90 * (1 + 0.25 * std::tanh((radius[i] - r90) / r90));
            x[i] = cx + (x[i] - cx) * squashed / radius[i];
            y[i] = cy + (y[i] - cy) * squashed / radius[i];
        }
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    const double midX = (*minX + *maxX) / 2, midY = (*minY + *maxY) / 2;
    const double scale = std::max({*maxX - *minX, *maxY - *minY, 1e-9}) / 2;
    for (std::size_t i = 0; i < n; ++i) x[i] = (x[i] - midX) / scale, y[i] = (y[i] - midY) / scale;
    return scale;
}

}  // namespace

NetworkLayout layoutNetwork(const MultilayerNetwork& network, unsigned seed, const std::stop_token& stop,
                            const NetworkLayout* previous) {
    NetworkLayout out;
    const std::size_t n = network.institutions.size();
    for (const auto& i : network.institutions) out.institutions.push_back(i.id);
    out.x.assign(n, 0);
    out.y.assign(n, 0);
    if (n == 0) return out;

    ExposureGraph all{n, network.edges};
    const ExposureGraph merged = all.merged();
    const auto igraph = ig::exclusiveUse();
    std::vector<double> strength(n, 0);
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    ends.reserve(merged.edges.size());
    ig::Vector weights(merged.edges.size());
    for (std::size_t e = 0; e < merged.edges.size(); ++e) {
        const ExposureEdge& edge = merged.edges[e];
        ends.push_back({edge.creditor, edge.debtor});
        // Ownership shares are fractions, exposures CNY: both end up at weight 1 and more.
        VECTOR(weights.v)[e] = 1.0 + std::log1p(edge.amount / 1e8);
        strength[edge.creditor] += edge.amount;
        strength[edge.debtor] += edge.amount;
    }

    ig::quietErrors();
    igraph_rng_seed(igraph_rng_default(), seed);
    const ig::Graph graph(ends, n, false);
    ig::Matrix layout(n, 2);
    // igraph's FR works on a square of side sqrt(n) (its temperatures and, above 1,000 nodes, its
    // grid of cells for the repulsion assume that scale): the [-1, 1] pictures are scaled up to it.
    const double side = std::sqrt(static_cast<double>(n)) / 2;
    // Start on a circle, big institutions in the middle: FR then only refines, which keeps the
    // picture stable from run to run and the core visibly central.
    for (std::size_t i = 0; i < n; ++i) {
        const double angle = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double radius = side / (1.0 + std::log1p(strength[i] / 1e9));
        MATRIX(layout.m, i, 0) = radius * std::cos(angle);
        MATRIX(layout.m, i, 1) = radius * std::sin(angle);
    }
    // Another day of the same market: everyone starts where they were, and FR only settles the
    // changes, with little heat, so that the eye can follow institutions from day to day.
    bool continued = false;
    std::vector<char> known(n, 0);
    if (previous) {
        const double scale = previous->extent > 0 ? previous->extent : side;
        std::unordered_map<std::int64_t, std::size_t> before;
        for (std::size_t j = 0; j < previous->institutions.size(); ++j) before[previous->institutions[j].value] = j;
        for (std::size_t i = 0; i < n; ++i)
            if (const auto it = before.find(out.institutions[i].value); it != before.end()) {
                MATRIX(layout.m, i, 0) = scale * previous->x[it->second];
                MATRIX(layout.m, i, 1) = scale * previous->y[it->second];
                known[i] = 1;
                continued = true;
            }
    }
    // Above igraph's grid threshold FR files the nodes into its cells once, from where they start:
    // from yesterday's dense core nearly every pair repels (46 s at 10,000 nodes). A large market
    // therefore keeps yesterday's picture as it is; newcomers go to the centre of their known
    // counterparties (or onto the rim).
    if (continued && n > kGridThreshold) return keepPrevious(out, merged, known, *previous, layout);
    const int iterations = continued ? 60 : 500;
    const double startTemperature = std::sqrt(static_cast<double>(n)) / (continued ? 40 : 2);
    throwIfStopped(stop);
    if (igraph_layout_fruchterman_reingold(&graph.g, &layout.m, true, iterations, startTemperature,
                                           IGRAPH_LAYOUT_AUTOGRID, merged.edges.empty() ? nullptr : &weights.v, nullptr,
                                           nullptr, nullptr, nullptr) != IGRAPH_SUCCESS)
        throw std::runtime_error("igraph layout failed");
    throwIfStopped(stop);
    for (std::size_t i = 0; i < n; ++i) out.x[i] = MATRIX(layout.m, i, 0), out.y[i] = MATRIX(layout.m, i, 1);
    out.extent = squashAndNormalise(out.x, out.y);
    return out;
}

}  // namespace eagle
