#pragma once
// Computes every institution's daily profile features from its trades, one day at a time.
// Pure computation: trades in, values out; the pipeline feeds it from the store.

#include "Domain.h"
#include "ProfileFeatures.h"

#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace eagle {

// The day's reference fixings that borrowing costs are measured against, in percent.
struct ReferenceFixings {
    double overnight = 0;  // DR001
    double sevenDay = 0;   // DR007
};

struct DayProfile {
    Date day;
    // values[i][f] for institution i (the engine's order) and feature f; NaN where undefined
    // (e.g. no borrowing that day means no overnight share).
    std::vector<std::array<double, kProfileFeatureCount>> values;
};

class ProfileEngine {
public:
    ProfileEngine(std::vector<Institution> institutions, std::map<Date, ReferenceFixings> fixings);

    // Trades of one day, then finishDay(); days must come in ascending order.
    void add(const Trade& trade);
    DayProfile finishDay(Date day);

    const std::vector<Institution>& institutions() const { return institutions_; }

private:
    struct Accumulator {
        double volume[kMarketCount] = {};
        double borrowed = 0, lent = 0, borrowedOvernight = 0;
        double spreadWeighted = 0, spreadNotional = 0;
        std::unordered_map<std::int64_t, double> byCounterparty;
    };
    void record(Accumulator& side, const Trade& t, InstitutionId counterparty);

    std::vector<Institution> institutions_;
    std::map<Date, ReferenceFixings> fixings_;
    std::unordered_map<std::int64_t, std::size_t> indexOf_;
    std::vector<Accumulator> today_;
    std::optional<Date> currentDay_;
};

// Median of the finite values; NaN when there are none.
double medianOf(std::vector<double> values);

}  // namespace eagle
