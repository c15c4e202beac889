#include "PeerComparison.h"

#include "ProfileEngine.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace eagle {

PeerComparison::PeerComparison(std::vector<Institution> institutions, std::vector<std::string> axes,
                               ProfileSummary summary, Scale scale)
    : PeerComparison(std::move(institutions), axes, std::move(summary), std::vector<Scale>(axes.size(), scale)) {}

PeerComparison::PeerComparison(std::vector<Institution> institutions, std::vector<std::string> axes,
                               ProfileSummary summary, std::vector<Scale> scales)
    : institutions_(std::move(institutions)), axes_(std::move(axes)), summary_(std::move(summary)),
      sortedByAxis_(axes_.size()), scales_(std::move(scales)) {
    scales_.resize(axes_.size(), Scale::Percentile);
    for (const auto& [id, values] : summary_)
        for (std::size_t a = 0; a < axes_.size() && a < values.size(); ++a)
            if (std::isfinite(values[a])) sortedByAxis_[a].push_back(values[a]);
    for (auto& column : sortedByAxis_) std::sort(column.begin(), column.end());
}

double PeerComparison::percentile(std::size_t axis, double value) const {
    if (scales_[axis] == Scale::AsIs) return value;
    return midRankPercentile(sortedByAxis_[axis], value);
}

RadarProfile PeerComparison::profileOf(InstitutionId id) const {
    RadarProfile out;
    out.institution = id;
    out.axes = axes_;
    const auto self = std::find_if(institutions_.begin(), institutions_.end(), [&](auto& i) { return i.id == id; });
    if (self == institutions_.end()) return out;
    out.institutionLabel = self->code + " " + (self->nameZh.empty() ? self->name : self->nameZh);
    out.peerGroup = std::string(nameOf(self->type));

    const auto valuesOf = [&](InstitutionId who) -> const std::vector<double>* {
        const auto it = summary_.find(who.value);
        return it == summary_.end() ? nullptr : &it->second;
    };
    for (std::size_t a = 0; a < axes_.size(); ++a) {
        const auto* own = valuesOf(id);
        out.institutionPct.push_back(own && a < own->size() ? percentile(a, (*own)[a])
                                                            : std::numeric_limits<double>::quiet_NaN());
        std::vector<double> peers;
        for (const auto& i : institutions_)
            if (i.type == self->type)
                if (const auto* v = valuesOf(i.id); v && a < v->size()) peers.push_back(percentile(a, (*v)[a]));
        out.peerMedianPct.push_back(medianOf(std::move(peers)));
    }
    return out;
}

RadarProfile PeerComparison::profileOf(InstitutionId id, const std::vector<InstitutionId>& clusterMembers,
                                       std::string clusterLabel) const {
    RadarProfile out = profileOf(id);
    if (clusterMembers.empty()) return out;
    out.clusterLabel = std::move(clusterLabel);
    for (std::size_t a = 0; a < axes_.size(); ++a) {
        std::vector<double> members;
        for (const InstitutionId member : clusterMembers)
            if (const auto it = summary_.find(member.value); it != summary_.end() && a < it->second.size())
                if (const double p = percentile(a, it->second[a]); std::isfinite(p)) members.push_back(p);
        out.clusterMedianPct.push_back(medianOf(std::move(members)));
    }
    return out;
}

}  // namespace eagle
