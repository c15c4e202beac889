#include "ClaimsByDebtor.h"

#include <algorithm>

namespace eagle {

ClaimsByDebtor::ClaimsByDebtor(const ExposureGraph& graph) : start_(graph.nodes + 1, 0), owed_(graph.nodes, 0.0) {
    // Bucket the edges by debtor (counting sort), then merge each debtor's edges per creditor.
    std::vector<std::size_t> bucket(graph.nodes + 1, 0);
    for (const auto& e : graph.edges)
        if (e.amount > 0 && e.creditor != e.debtor) ++bucket[e.debtor + 1];
    for (std::size_t j = 0; j < graph.nodes; ++j) bucket[j + 1] += bucket[j];
    std::vector<const ExposureEdge*> sorted(bucket.back());
    std::vector<std::size_t> next(bucket.begin(), bucket.end() - 1);
    for (const auto& e : graph.edges)
        if (e.amount > 0 && e.creditor != e.debtor) sorted[next[e.debtor]++] = &e;
    claims_.reserve(sorted.size());
    for (std::size_t j = 0; j < graph.nodes; ++j) {
        const auto first = sorted.begin() + static_cast<std::ptrdiff_t>(bucket[j]);
        const auto last = sorted.begin() + static_cast<std::ptrdiff_t>(bucket[j + 1]);
        std::sort(first, last, [](const ExposureEdge* a, const ExposureEdge* b) { return a->creditor < b->creditor; });
        for (auto it = first; it != last; ++it) {
            const ExposureEdge& e = **it;
            if (it == first || (*(it - 1))->creditor != e.creditor) claims_.push_back({e.creditor, 0, {}});
            Claim& c = claims_.back();
            c.amount += e.amount;
            c.layerShare[indexOf(e.layer)] += e.amount;
            owed_[j] += e.amount;
        }
        start_[j + 1] = claims_.size();
    }
    for (auto& c : claims_)
        for (double& s : c.layerShare) s /= c.amount;
}

}  // namespace eagle
