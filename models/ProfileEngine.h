#pragma once
// Computes every institution's daily profile features from its trades and balance sheet, one day
// at a time and one trade at a time: feeding a replay trade by trade gives the batch result.
// Pure computation: trades in, values out; the pipeline feeds it from the store.

#include "Domain.h"
#include "ProfileFeatures.h"

#include <array>
#include <deque>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <vector>

namespace eagle {

// The day's reference fixings that borrowing costs are measured against, in percent.
struct ReferenceFixings {
    double overnight = 0;  // DR001
    double sevenDay = 0;   // DR007
};

using FeatureRow = std::array<double, kProfileFeatureCount>;

struct DayProfile {
    Date day;
    // values[i][f] for institution i (the engine's order) and feature f; NaN where undefined
    // (e.g. no borrowing that day means no overnight share).
    std::vector<FeatureRow> values;
};

class ProfileEngine {
public:
    ProfileEngine(std::vector<Institution> institutions, std::map<Date, ReferenceFixings> fixings,
                  const std::vector<Relation>& relations = {});
    ~ProfileEngine();

    // Trades of one day, then finishDay(); days must come in ascending order.
    void add(const Trade& trade);
    DayProfile finishDay(Date day, const std::vector<BalanceDaily>& balances = {});

    const std::vector<Institution>& institutions() const { return institutions_; }

    static constexpr int kWindow = 20;  // business days of the rolling features

private:
    struct Accumulator;
    struct History;
    void record(Accumulator& side, const Trade& t, std::size_t self, std::size_t counterparty);
    void addBondPricing(std::vector<Accumulator>& today);

    std::vector<Institution> institutions_;
    std::map<Date, ReferenceFixings> fixings_;
    std::unordered_map<std::int64_t, std::size_t> indexOf_;
    std::set<std::pair<std::size_t, std::size_t>> related_;
    std::vector<Accumulator> today_;
    std::vector<History> history_;
    struct BondPrint {
        std::int64_t instrument;
        double price, notional;
        std::size_t buyer, seller;
    };
    std::vector<BondPrint> bondPrints_;
    std::optional<Date> currentDay_;
};

// Median of the finite values; NaN when there are none.
double medianOf(std::vector<double> values);

// Mid-rank percentile (0-100) of x among values sorted ascending: ties share the middle of their
// ranks, so a market where everybody has the same value puts everybody at 50. NaN when x is not
// finite or there are no values. Peer ranks everywhere (scores, radar, profile page) use it.
double midRankPercentile(std::span<const double> sorted, double x);
// The same among values in any order (non-finite ones are left out).
double midRankPercentileOf(std::vector<double> values, double x);

}  // namespace eagle
