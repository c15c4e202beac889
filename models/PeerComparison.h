#pragma once
// Compares one institution's profile with its peer group (same institution type) on a common
// 0-100 scale: each axis is the percentile rank within the whole market.

#include "Domain.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace eagle {

struct RadarProfile {
    InstitutionId institution;
    std::string institutionLabel;       // e.g. "CCB01 城市商业银行01"
    std::string peerGroup;              // institution type name, e.g. city_commercial_bank
    std::vector<std::string> axes;      // feature names
    std::vector<double> institutionPct; // 0..100 per axis
    std::vector<double> peerMedianPct;  // 0..100 per axis
    // The institution's strategy cluster, when clusters are known: its name and median per axis
    // (empty otherwise).
    std::string clusterLabel;
    std::vector<double> clusterMedianPct;
};

// Per-institution profile summary: feature name -> value (e.g. mean of the last 20 days).
using ProfileSummary = std::unordered_map<std::int64_t, std::vector<double>>;  // institution id -> per axis

class PeerComparison {
public:
    // Percentile: each axis is ranked within the whole market; AsIs: values are already on a
    // 0-100 scale (e.g. risk scores) and are shown as they are.
    enum class Scale { Percentile, AsIs };
    // summary: for every institution, one value per axis (NaN where unknown).
    PeerComparison(std::vector<Institution> institutions, std::vector<std::string> axes, ProfileSummary summary,
                   Scale scale = Scale::Percentile);
    // One scale per axis: scores as they are beside features ranked in the market.
    PeerComparison(std::vector<Institution> institutions, std::vector<std::string> axes, ProfileSummary summary,
                   std::vector<Scale> scales);
    RadarProfile profileOf(InstitutionId id) const;
    // Also compares with the institution's cluster: the median over `clusterMembers` (itself
    // included) on every axis, on the same scale.
    RadarProfile profileOf(InstitutionId id, const std::vector<InstitutionId>& clusterMembers,
                           std::string clusterLabel) const;
    const std::vector<std::string>& axes() const { return axes_; }

private:
    double percentile(std::size_t axis, double value) const;
    std::vector<Institution> institutions_;
    std::vector<std::string> axes_;
    ProfileSummary summary_;
    std::vector<std::vector<double>> sortedByAxis_;
    std::vector<Scale> scales_;  // per axis
};

}  // namespace eagle
