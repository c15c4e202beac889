#pragma once
// Who is related to whom: institutions joined by any ownership, control, guarantee or group link
// valid at some time in a period, as groups (connected components of the relation graph).

#include "Domain.h"

#include <unordered_map>
#include <vector>

namespace eagle {

class RelatedParties {
public:
    RelatedParties(const std::vector<Relation>& relations, Date from, Date to);
    // The group of an institution; an institution without relations is its own group.
    std::int64_t groupOf(InstitutionId id) const;
    bool related(InstitutionId a, InstitutionId b) const { return a != b && groupOf(a) == groupOf(b); }
    // Directly linked by a relation (either direction).
    bool directlyLinked(InstitutionId a, InstitutionId b) const;

private:
    std::int64_t find(std::int64_t id) const;
    mutable std::unordered_map<std::int64_t, std::int64_t> parent_;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> links_;
};

}  // namespace eagle
