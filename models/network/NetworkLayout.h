#pragma once
// Where each institution of a multilayer network is drawn: one position in the plane, shared by
// every layer so that an institution sits at the same place on each of them. Laid out with igraph.

#include "Ids.h"
#include "MultilayerNetwork.h"

#include <optional>
#include <stop_token>
#include <vector>

namespace eagle {

struct NetworkLayout {
    std::vector<InstitutionId> institutions;  // in the network's institution order
    std::vector<double> x, y;                 // roughly in [-1, 1], aspect ratio kept
    double extent = 0;  // half the side of the layout as igraph left it, before it was scaled to [-1, 1]
    std::optional<std::size_t> indexOf(InstitutionId id) const;
};

// Fruchterman-Reingold over every layer merged (ownership included, so related parties sit
// together), weighted by log exposure, deterministic for a given seed. With `previous` (the same
// market on another day), institutions start where they were there and only the changes settle.
NetworkLayout layoutNetwork(const MultilayerNetwork& network, unsigned seed, const std::stop_token& stop = {},
                            const NetworkLayout* previous = nullptr);

}  // namespace eagle
