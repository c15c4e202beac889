#pragma once
// What the network view shows of a multilayer network: which layers, which institutions and
// exposures (filters), and what a node's size and colour stand for. Plain values: no VTK.

#include "Domain.h"
#include "NetworkLayer.h"

#include <array>
#include <cstddef>
#include <optional>

namespace eagle {

enum class NodeMeasure { TotalAssets, Degree, PageRank, Betweenness, DebtRank };
inline constexpr std::array<NodeMeasure, 5> kNodeMeasures{NodeMeasure::TotalAssets, NodeMeasure::Degree,
                                                          NodeMeasure::PageRank, NodeMeasure::Betweenness,
                                                          NodeMeasure::DebtRank};
enum class NodeColouring { Type, Community, Measure };

// An exposure is shown when its layer is, it is at least minExposure (exposure layers only: an
// ownership link carries a share, not money) and both its ends pass the institution filters; an
// institution is drawn on a layer when at least one of its shown exposures lies there.
struct NetworkFilter {
    std::array<bool, kNetworkLayerCount> layers{true, true, true, true, true};
    double minExposure = 0;               // CNY
    int community = -1;                   // community of the aggregate network; -1 = every one
    std::optional<InstitutionType> type;  // none = every type
    bool operator==(const NetworkFilter&) const = default;
};

// What is drawn on one layer's plane, read back from the scene.
struct LayerCounts {
    bool shown = false;
    std::size_t nodes = 0;
    std::size_t edges = 0;
};

}  // namespace eagle
