#include "ExposureNetwork.h"

#include "Progress.h"

#include "IgraphHandles.h"

#include <algorithm>
#include <cmath>
#include <vector>
#include <numbers>
#include <stdexcept>

namespace eagle {

std::optional<std::size_t> ExposureNetwork::indexOf(InstitutionId id) const {
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].institution == id) return i;
    return std::nullopt;
}

ExposureNetworkBuilder::ExposureNetworkBuilder(const std::vector<Institution>& institutions) {
    for (const auto& i : institutions) {
        indexOf_[i.id.value] = network_.nodes.size();
        network_.nodes.push_back({i.id, i.code, i.type, i.totalAssets});
    }
}

void ExposureNetworkBuilder::add(const Trade& t) {
    if (t.market() == Market::Money) addExposure(t.buyer, t.seller, t.notionalCny, 1, t.day);
}

void ExposureNetworkBuilder::addExposure(InstitutionId lenderId, InstitutionId borrowerId, double notionalCny,
                                         int trades, Date day) {
    const auto lender = indexOf_.find(lenderId.value);
    const auto borrower = indexOf_.find(borrowerId.value);
    if (lender == indexOf_.end() || borrower == indexOf_.end()) return;
    if (network_.edges.empty() || day < network_.from) network_.from = day;
    if (network_.edges.empty() || day > network_.to) network_.to = day;
    const std::uint64_t key = (static_cast<std::uint64_t>(lender->second) << 32) | borrower->second;
    auto [it, inserted] = edgeOf_.try_emplace(key, network_.edges.size());
    if (inserted) network_.edges.push_back({lender->second, borrower->second, 0, 0});
    NetworkEdge& e = network_.edges[it->second];
    e.notionalCny += notionalCny;
    e.trades += trades;
    network_.nodes[lender->second].strength += notionalCny;
    network_.nodes[borrower->second].strength += notionalCny;
}

ExposureNetwork ExposureNetworkBuilder::build() const { return network_; }

void layoutNetwork(ExposureNetwork& network, unsigned seed, const std::stop_token& stop,
                   const ExposureNetwork* previous) {
    const std::size_t n = network.nodes.size();
    if (n == 0) return;
    ig::quietErrors();
    igraph_rng_seed(igraph_rng_default(), seed);
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    ends.reserve(network.edges.size());
    for (const auto& e : network.edges) ends.push_back({e.lender, e.borrower});
    const ig::Graph graph(ends, n, false);
    ig::Matrix layout(n, 2);
    // Start on a circle, big institutions in the middle: FR then only refines, which keeps the
    // picture stable from run to run and the core visibly central.
    for (std::size_t i = 0; i < n; ++i) {
        const double angle = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        const double radius = 1.0 / (1.0 + std::log1p(network.nodes[i].strength / 1e9));
        MATRIX(layout.m, i, 0) = radius * std::cos(angle);
        MATRIX(layout.m, i, 1) = radius * std::sin(angle);
    }
    // Another day of the same market: everyone starts where they were, and FR only settles the
    // changes, with little heat, so that the eye can follow institutions from day to day.
    bool continued = false;
    if (previous)
        for (std::size_t i = 0; i < n; ++i)
            if (const auto j = previous->indexOf(network.nodes[i].institution)) {
                MATRIX(layout.m, i, 0) = previous->nodes[*j].x;
                MATRIX(layout.m, i, 1) = previous->nodes[*j].y;
                continued = true;
            }
    const int iterations = continued ? 60 : 500;
    const double startTemperature = std::sqrt(static_cast<double>(n)) / (continued ? 40 : 2);
    ig::Vector weights(network.edges.size());
    for (std::size_t e = 0; e < network.edges.size(); ++e)
        VECTOR(weights.v)[e] = 1.0 + std::log1p(network.edges[e].notionalCny / 1e8);
    throwIfStopped(stop);
    if (igraph_layout_fruchterman_reingold(&graph.g, &layout.m, true, iterations, startTemperature,
                                           IGRAPH_LAYOUT_NOGRID, network.edges.empty() ? nullptr : &weights.v, nullptr,
                                           nullptr, nullptr, nullptr) != IGRAPH_SUCCESS)
        throw std::runtime_error("igraph layout failed");
    throwIfStopped(stop);

    // Weakly connected institutions drift far from the core and would shrink it to a dot when the
    // whole network is fitted: pull everything beyond the 90th-percentile radius in softly.
    double cx = 0, cy = 0;
    for (std::size_t i = 0; i < n; ++i) cx += MATRIX(layout.m, i, 0) / n, cy += MATRIX(layout.m, i, 1) / n;
    std::vector<double> radius(n);
    for (std::size_t i = 0; i < n; ++i) radius[i] = std::hypot(MATRIX(layout.m, i, 0) - cx, MATRIX(layout.m, i, 1) - cy);
    std::vector<double> sorted = radius;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n * 9 / 10), sorted.end());
    const double r90 = sorted[n * 9 / 10];
    for (std::size_t i = 0; i < n && r90 > 0; ++i)
        if (radius[i] > r90) {
            const double squashed = r90 * (1 + 0.25 * std::tanh((radius[i] - r90) / r90));
            MATRIX(layout.m, i, 0) = cx + (MATRIX(layout.m, i, 0) - cx) * squashed / radius[i];
            MATRIX(layout.m, i, 1) = cy + (MATRIX(layout.m, i, 1) - cy) * squashed / radius[i];
        }

    // Normalise into [-1, 1] keeping the aspect ratio.
    double minX = MATRIX(layout.m, 0, 0), maxX = minX, minY = MATRIX(layout.m, 0, 1), maxY = minY;
    for (std::size_t i = 0; i < n; ++i) {
        minX = std::min(minX, MATRIX(layout.m, i, 0)), maxX = std::max(maxX, MATRIX(layout.m, i, 0));
        minY = std::min(minY, MATRIX(layout.m, i, 1)), maxY = std::max(maxY, MATRIX(layout.m, i, 1));
    }
    const double scale = std::max({maxX - minX, maxY - minY, 1e-9}) / 2;
    for (std::size_t i = 0; i < n; ++i) {
        network.nodes[i].x = (MATRIX(layout.m, i, 0) - (minX + maxX) / 2) / scale;
        network.nodes[i].y = (MATRIX(layout.m, i, 1) - (minY + maxY) / 2) / scale;
    }
}

}  // namespace eagle
