#include "ClaimsByDebtor.h"

#include <algorithm>

namespace eagle {

ClaimsByDebtor::ClaimsByDebtor(const ExposureGraph& graph) : start_(graph.nodes + 1, 0), owed_(graph.nodes, 0.0) {
    std::vector<const ExposureEdge*> sorted;
    sorted.reserve(graph.edges.size());
    for (const auto& e : graph.edges)
        if (e.amount > 0 && e.creditor != e.debtor) sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const ExposureEdge* a, const ExposureEdge* b) {
        return a->debtor != b->debtor ? a->debtor < b->debtor : a->creditor < b->creditor;
    });
    for (std::size_t k = 0; k < sorted.size(); ++k) {
        const ExposureEdge& e = *sorted[k];
        if (claims_.empty() || k == 0 || sorted[k - 1]->debtor != e.debtor || sorted[k - 1]->creditor != e.creditor) {
            claims_.push_back({e.creditor, 0, {}});
            ++start_[e.debtor + 1];
        }
        Claim& c = claims_.back();
        c.amount += e.amount;
        c.layerShare[indexOf(e.layer)] += e.amount;
        owed_[e.debtor] += e.amount;
    }
    for (auto& c : claims_)
        for (double& s : c.layerShare) s /= c.amount;
    for (std::size_t j = 0; j < graph.nodes; ++j) start_[j + 1] += start_[j];
}

}  // namespace eagle
