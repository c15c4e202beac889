#pragma once
// Institutions' market-risk positions built from their trades, streamed in day order: bonds
// (face value bought minus sold), USD and gold. Money-market cash legs carry no price risk here
// and FX swaps none either (the far leg offsets the near leg), so neither changes a position.

#include "Domain.h"
#include "MarketPrices.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace eagle {

struct Positions {
    // (instrument id, face value held in CNY), ascending by id. A flat vector rather than a map:
    // the daily revaluation walks every holding of every institution, and contiguous memory makes
    // that walk several times faster at 5,000 institutions.
    std::vector<std::pair<std::int64_t, double>> bondFace;
    double usd = 0;        // USD bought minus sold spot
    double goldGrams = 0;  // grams bought minus sold
    double faceOf(InstrumentId bond) const;
};

class PositionBook {
public:
    // Tracks only the given institutions; trades between others are ignored.
    explicit PositionBook(std::vector<InstitutionId> institutions);

    // The buyer receives the bond, the USD (spot) or the gold and pays cash; the seller delivers.
    void add(const Trade& trade);

    // Change in mark-to-market value of the held positions from the previous marks to the
    // current ones, in CNY. Positions without both marks contribute nothing.
    double pnl(std::size_t index, const MarketPrices& prices) const;
    double value(std::size_t index, const MarketPrices& prices) const;

    std::size_t size() const { return institutions_.size(); }
    const std::vector<InstitutionId>& institutions() const { return institutions_; }
    const Positions& positions(std::size_t index) const { return positions_[index]; }
    // Index of a tracked institution, or size() when it is not tracked.
    std::size_t indexOf(InstitutionId id) const;

private:
    void apply(InstitutionId id, const Trade& trade, double sign);

    std::vector<InstitutionId> institutions_;
    std::unordered_map<std::int64_t, std::size_t> index_;
    std::vector<Positions> positions_;
};

}  // namespace eagle
