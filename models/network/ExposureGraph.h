#pragma once
// Who is exposed to whom and through which layer: the one graph type the network analytics,
// contagion and reconstruction work on. Nodes are indices 0..nodes-1.

#include "NetworkLayer.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace eagle {

// The creditor holds a claim on the debtor: lender -> borrower, bond holder -> issuer, cash
// provider -> cash taker of an FX swap; owner -> owned in the ownership layer.
struct ExposureEdge {
    std::uint32_t creditor = 0;
    std::uint32_t debtor = 0;
    double amount = 0;
    NetworkLayer layer = NetworkLayer::Interbank;
};

struct ExposureGraph {
    std::size_t nodes = 0;
    std::vector<ExposureEdge> edges;

    // One edge per (creditor, debtor) with the amounts of every layer summed, in (creditor,
    // debtor) order; self-loops and non-positive amounts dropped. The layer of a merged edge is
    // the one that contributed most.
    ExposureGraph merged() const;
    // Row sums (what each node is owed: its interbank assets) and column sums (what it owes).
    std::vector<double> assets() const;
    std::vector<double> liabilities() const;
    double total() const;
};

}  // namespace eagle
