#pragma once
// Scores every institution from 0 to 100 on the Basel risk types (market, credit, liquidity,
// operational, reputation/strategic) plus behaviour/compliance, against its peer group that day,
// and says which features drove each score.

#include "ProfileEngine.h"

#include <string_view>

namespace eagle {

enum class RiskType { Market, Credit, Liquidity, Operational, Reputation, Behaviour };
inline constexpr std::size_t kRiskTypeCount = 6;

struct RiskDriver {
    ProfileFeature feature;
    int direction;  // +1: higher is riskier; -1: lower is riskier
};

struct RiskTypeSpec {
    RiskType type;
    std::string_view name;  // stored as a feature, e.g. score_liquidity
    std::string_view description;  // what it reads as that risk (translated in context "RiskScores")
    std::string_view why;          // why a supervisor cares
    std::vector<RiskDriver> drivers;
};

const std::vector<RiskTypeSpec>& riskTypes();

using ScoreRow = std::array<double, kRiskTypeCount>;

struct Contribution {
    ProfileFeature feature;
    double peerPercentile;  // 0-100, already turned so that high means risky
    double points;          // how far it moves the score away from the neutral 50
};

// Peer statistics of one day: each peer group's values of every feature, sorted.
class PeerDay {
public:
    PeerDay(const std::vector<std::size_t>& groupOf, std::size_t groups, const std::vector<FeatureRow>& values);
    // Mid-rank percentile 0-100 of x among the group's values: robust to outliers and to the many
    // ties at zero that activity features have (an institution level with most of its peers sits
    // in the middle, not at an extreme). NaN when x or the whole group is undefined.
    double percentile(std::size_t group, ProfileFeature f, double x) const;
    double median(std::size_t group, ProfileFeature f) const;

private:
    std::vector<std::array<std::vector<double>, kProfileFeatureCount>> sorted_;  // [group][feature]
};

class RiskScorer {
public:
    // groupOf[i]: peer group index of institution i (the engine's order).
    explicit RiskScorer(std::vector<std::size_t> groupOf);
    std::size_t groups() const { return groups_; }

    std::vector<ScoreRow> score(const DayProfile& day) const;
    // The same with the day's peer statistics already built.
    std::vector<ScoreRow> score(const DayProfile& day, const PeerDay& peers) const;
    // Why institution i got its score of this type that day, largest contribution first.
    std::vector<Contribution> explain(const DayProfile& day, std::size_t i, RiskType type) const;

private:
    std::vector<std::size_t> groupOf_;
    std::size_t groups_ = 0;
};

}  // namespace eagle
