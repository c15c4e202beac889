#include "RiskScores.h"

#include <algorithm>
#include <cmath>
#include <limits>

// Qt Linguist reads the descriptions from this file (app/CMakeLists.txt lists it for lupdate).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace eagle {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
using F = ProfileFeature;
}  // namespace

const std::vector<RiskTypeSpec>& riskTypes() {
    // Each score averages the peer percentiles of its drivers; the choice follows what a
    // supervisor reads as that risk in trading data (docs/features.md explains each).
    static const std::vector<RiskTypeSpec> specs{
        {RiskType::Market, "score_market",
         QT_TRANSLATE_NOOP("RiskScores", "Exposure to price moves: bond and FX positions built, leverage"),
         QT_TRANSLATE_NOOP("RiskScores", "Losses on what it holds when prices move"),
         {{F::BondNetPurchases, +1}, {F::BondVolume, +1}, {F::FxVolume, +1}, {F::Leverage, +1}}},
        {RiskType::Credit, "score_credit",
         QT_TRANSLATE_NOOP("RiskScores", "Exposure to counterparties failing: concentration, weak names, related parties"),
         QT_TRANSLATE_NOOP("RiskScores", "Losses when its counterparties fail"),
         {{F::CounterpartyHhi, +1}, {F::LendingSpread, +1}, {F::RelatedPartyShare, +1}, {F::GrossLending, +1}}},
        {RiskType::Liquidity, "score_liquidity",
         QT_TRANSLATE_NOOP("RiskScores", "Reliance on short, expensive, concentrated funding"),
         QT_TRANSLATE_NOOP("RiskScores", "Whether it can fund itself tomorrow"),
         {{F::OvernightShare20d, +1}, {F::NetBorrowingToAssets, +1}, {F::BorrowingSpread, +1}, {F::BorrowingSurge, +1},
          {F::LiquidAssetsRatio, -1}, {F::TopLenderShare, +1}}},
        {RiskType::Operational, "score_operational",
         QT_TRANSLATE_NOOP("RiskScores", "Unusual activity: bursts of trades, late prints, new counterparties"),
         QT_TRANSLATE_NOOP("RiskScores", "Errors, manipulation or strained systems"),
         {{F::TradeCount, +1}, {F::EndOfDayShare, +1}, {F::NewCounterpartyShare, +1}}},
        {RiskType::Reputation, "score_reputation",
         QT_TRANSLATE_NOOP("RiskScores", "Signs of lost standing: fewer counterparties, window dressing"),
         QT_TRANSLATE_NOOP("RiskScores", "Lost standing shows in its trading before its balance sheet"),
         {{F::Counterparties, -1}, {F::LenderCount, -1}, {F::PeriodEndBorrowing, +1}}},
        {RiskType::Behaviour, "score_behaviour",
         QT_TRANSLATE_NOOP("RiskScores", "Compliance red flags: off-market prices, round trips, related-party deals"),
         QT_TRANSLATE_NOOP("RiskScores", "Breaches of market conduct"),
         {{F::OffMarketShare, +1}, {F::BondPriceDeviation, +1}, {F::RoundTripShare, +1}, {F::RelatedPartyShare, +1},
          {F::EndOfDayShare, +1}}},
    };
    return specs;
}

PeerDay::PeerDay(const std::vector<std::size_t>& groupOf, std::size_t groups, const std::vector<FeatureRow>& values)
    : sorted_(groups) {
    for (std::size_t i = 0; i < values.size(); ++i)
        for (std::size_t f = 0; f < kProfileFeatureCount; ++f)
            if (std::isfinite(values[i][f])) sorted_[groupOf[i]][f].push_back(values[i][f]);
    for (auto& group : sorted_)
        for (auto& column : group) std::sort(column.begin(), column.end());
}

double PeerDay::percentile(std::size_t group, ProfileFeature f, double x) const {
    return midRankPercentile(sorted_[group][indexOf(f)], x);
}

double PeerDay::median(std::size_t group, ProfileFeature f) const {
    const auto& column = sorted_[group][indexOf(f)];  // finite values, sorted
    if (column.empty()) return kNaN;
    const std::size_t mid = column.size() / 2;
    return column.size() % 2 == 1 ? column[mid] : (column[mid - 1] + column[mid]) / 2;
}

RiskScorer::RiskScorer(std::vector<std::size_t> groupOf) : groupOf_(std::move(groupOf)) {
    for (std::size_t g : groupOf_) groups_ = std::max(groups_, g + 1);
}

std::vector<ScoreRow> RiskScorer::score(const DayProfile& day) const {
    return score(day, PeerDay(groupOf_, groups_, day.values));
}

std::vector<ScoreRow> RiskScorer::score(const DayProfile& day, const PeerDay& peers) const {
    std::vector<ScoreRow> out(day.values.size());
    for (std::size_t i = 0; i < day.values.size(); ++i)
        for (const auto& spec : riskTypes()) {
            double sum = 0;
            int n = 0;
            for (const auto& d : spec.drivers) {
                double p = peers.percentile(groupOf_[i], d.feature, day.values[i][indexOf(d.feature)]);
                if (!std::isfinite(p)) continue;
                sum += d.direction > 0 ? p : 100 - p;
                ++n;
            }
            out[i][static_cast<std::size_t>(spec.type)] = n ? sum / n : kNaN;
        }
    return out;
}

std::vector<Contribution> RiskScorer::explain(const DayProfile& day, std::size_t i, RiskType type) const {
    const PeerDay peers(groupOf_, groups_, day.values);
    const auto& spec = riskTypes()[static_cast<std::size_t>(type)];
    std::vector<Contribution> out;
    for (const auto& d : spec.drivers) {
        double p = peers.percentile(groupOf_[i], d.feature, day.values[i][indexOf(d.feature)]);
        if (!std::isfinite(p)) continue;
        if (d.direction < 0) p = 100 - p;
        out.push_back({d.feature, p, 0});
    }
    for (auto& c : out) c.points = (c.peerPercentile - 50) / static_cast<double>(out.size());
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.points > b.points; });
    return out;
}

}  // namespace eagle
