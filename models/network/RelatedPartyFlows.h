#pragma once
// Money and securities moving between related parties: per related pair, what they traded with
// each other over a period and what share of each one's trading that was.

#include "Domain.h"

#include <stop_token>
#include <vector>

namespace eagle {

class Store;

struct RelatedPartyFlow {
    InstitutionId from;  // pays cash (the buyer / lender)
    InstitutionId to;
    double notionalCny = 0;
    int trades = 0;
    double shareOfFrom = 0;  // of `from`'s gross traded notional over the period
    double shareOfTo = 0;
    bool direct = false;  // linked by a relation, not only through the group
};

// Largest first.
std::vector<RelatedPartyFlow> relatedPartyFlows(Store& store, Date from, Date to, const std::stop_token& stop = {});

}  // namespace eagle
