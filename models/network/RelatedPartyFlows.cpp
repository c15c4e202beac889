#include "RelatedPartyFlows.h"

#include "Progress.h"
#include "RelatedParties.h"
#include "Store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace eagle {

std::vector<RelatedPartyFlow> relatedPartyFlows(Store& store, Date from, Date to, const std::stop_token& stop) {
    const RelatedParties related(store.relations(), from, to);
    std::map<std::pair<std::int64_t, std::int64_t>, RelatedPartyFlow> flows;
    std::unordered_map<std::int64_t, double> gross;
    std::int64_t seen = 0;
    store.forEachTrade([&](const Trade& t) {
        if ((++seen & 0xFFFF) == 0 && stop.stop_requested()) return false;
        if (t.day > to) return false;
        if (t.day < from) return true;
        gross[t.buyer.value] += t.notionalCny;
        gross[t.seller.value] += t.notionalCny;
        if (!related.related(t.buyer, t.seller)) return true;
        RelatedPartyFlow& f = flows[{t.buyer.value, t.seller.value}];
        f.from = t.buyer;
        f.to = t.seller;
        f.notionalCny += t.notionalCny;
        ++f.trades;
        return true;
    });
    throwIfStopped(stop);
    std::vector<RelatedPartyFlow> out;
    for (auto& [key, f] : flows) {
        f.shareOfFrom = gross[f.from.value] > 0 ? f.notionalCny / gross[f.from.value] : 0;
        f.shareOfTo = gross[f.to.value] > 0 ? f.notionalCny / gross[f.to.value] : 0;
        f.direct = related.directlyLinked(f.from, f.to);
        out.push_back(f);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.notionalCny > b.notionalCny; });
    return out;
}

}  // namespace eagle
