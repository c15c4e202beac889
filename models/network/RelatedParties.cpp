#include "RelatedParties.h"

#include <algorithm>

namespace eagle {

RelatedParties::RelatedParties(const std::vector<Relation>& relations, Date from, Date to) {
    for (const auto& r : relations) {
        if (r.validFrom > to || (r.validTo && *r.validTo < from) || r.src == r.dst) continue;
        links_[r.src.value].push_back(r.dst.value);
        links_[r.dst.value].push_back(r.src.value);
        const std::int64_t a = find(r.src.value), b = find(r.dst.value);
        if (a != b) parent_[std::max(a, b)] = std::min(a, b);
    }
}

std::int64_t RelatedParties::find(std::int64_t id) const {
    auto it = parent_.find(id);
    if (it == parent_.end()) return id;
    if (it->second == id) return id;
    const std::int64_t root = find(it->second);
    parent_[id] = root;
    return root;
}

std::int64_t RelatedParties::groupOf(InstitutionId id) const { return find(id.value); }

bool RelatedParties::directlyLinked(InstitutionId a, InstitutionId b) const {
    const auto it = links_.find(a.value);
    return it != links_.end() && std::find(it->second.begin(), it->second.end(), b.value) != it->second.end();
}

}  // namespace eagle
