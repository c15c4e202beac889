#pragma once
// Claims grouped by debtor (compressed rows): who loses, and through which layers, when a debtor
// is distressed or pays less. One entry per (debtor, creditor) pair, layers summed.

#include "ExposureGraph.h"

#include <array>
#include <span>
#include <vector>

namespace eagle {

struct Claim {
    std::uint32_t creditor = 0;
    double amount = 0;
    std::array<double, kNetworkLayerCount> layerShare{};  // shares of amount, summing to 1
};

class ClaimsByDebtor {
public:
    explicit ClaimsByDebtor(const ExposureGraph& graph);
    std::span<const Claim> on(std::size_t debtor) const {
        return {claims_.data() + start_[debtor], claims_.data() + start_[debtor + 1]};
    }
    // What each debtor owes in total (the column sums).
    const std::vector<double>& owed() const { return owed_; }

private:
    std::vector<std::size_t> start_;
    std::vector<Claim> claims_;
    std::vector<double> owed_;
};

}  // namespace eagle
