#include "ExposureGraph.h"

#include <algorithm>
#include <array>

namespace eagle {

ExposureGraph ExposureGraph::merged() const {
    std::vector<ExposureEdge> sorted;
    sorted.reserve(edges.size());
    for (const auto& e : edges)
        if (e.creditor != e.debtor && e.amount > 0) sorted.push_back(e);
    std::sort(sorted.begin(), sorted.end(), [](const ExposureEdge& a, const ExposureEdge& b) {
        return a.creditor != b.creditor ? a.creditor < b.creditor : a.debtor < b.debtor;
    });
    ExposureGraph out{nodes, {}};
    out.edges.reserve(sorted.size());
    std::array<double, kNetworkLayerCount> byLayer{};
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        const auto& e = sorted[k];
        byLayer[indexOf(e.layer)] += e.amount;
        const bool last =
            k + 1 == sorted.size() || sorted[k + 1].creditor != e.creditor || sorted[k + 1].debtor != e.debtor;
        if (!last) continue;
        const auto top = std::max_element(byLayer.begin(), byLayer.end());
        double sum = 0;
        for (double a : byLayer) sum += a;
        out.edges.push_back(
            {e.creditor, e.debtor, sum, kNetworkLayers[static_cast<std::size_t>(top - byLayer.begin())]});
        byLayer.fill(0);
    }
    return out;
}

std::vector<double> ExposureGraph::assets() const {
    std::vector<double> out(nodes, 0.0);
    for (const auto& e : edges) out[e.creditor] += e.amount;
    return out;
}

std::vector<double> ExposureGraph::liabilities() const {
    std::vector<double> out(nodes, 0.0);
    for (const auto& e : edges) out[e.debtor] += e.amount;
    return out;
}

double ExposureGraph::total() const {
    double sum = 0;
    for (const auto& e : edges) sum += e.amount;
    return sum;
}

}  // namespace eagle
