#include "CircularTrading.h"

#include "RelatedParties.h"
#include "Store.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace eagle {
namespace {

struct Leg {
    TradeId id;
    std::int64_t ts = 0;
    Date day;
    InstitutionId seller, buyer;  // the bond goes seller -> buyer
    double face = 0;
};

class RingSearch {
public:
    RingSearch(const std::vector<Leg>& legs, const CircularTradingOptions& o) : legs_(legs), o_(o) {}

    // Every ring that starts with legs_[start] and closes back at its seller.
    void from(std::size_t start, std::vector<std::vector<std::size_t>>& found) {
        path_ = {start};
        extend(found);
    }

private:
    void extend(std::vector<std::vector<std::size_t>>& found) {
        const Leg& first = legs_[path_.front()];
        const Leg& last = legs_[path_.back()];
        for (std::size_t k = path_.back() + 1; k < legs_.size() && legs_[k].ts - first.ts <= o_.windowSeconds; ++k) {
            const Leg& next = legs_[k];
            if (next.seller != last.buyer || std::abs(next.face / first.face - 1) > o_.sizeTolerance) continue;
            const bool closes = next.buyer == first.seller;
            const bool revisits =
                std::any_of(path_.begin(), path_.end(), [&](std::size_t p) { return legs_[p].seller == next.buyer; });
            const int length = static_cast<int>(path_.size()) + 1;
            if (closes) {
                if (length >= o_.minRing) {
                    found.push_back(path_);
                    found.back().push_back(k);
                }
                continue;
            }
            if (revisits || length >= o_.maxRing) continue;
            path_.push_back(k);
            extend(found);
            path_.pop_back();
        }
    }

    const std::vector<Leg>& legs_;
    const CircularTradingOptions& o_;
    std::vector<std::size_t> path_;
};

}  // namespace

std::vector<CircularRing> detectCircularTrading(Store& store, Date from, Date to, const CircularTradingOptions& o,
                                                const std::stop_token& stop) {
    const RelatedParties related(store.relations(), from, to);
    std::map<std::int64_t, std::vector<Leg>> byInstrument;
    std::int64_t seen = 0;
    store.forEachTrade([&](const Trade& t) {
        if ((++seen & 0xFFFF) == 0 && stop.stop_requested()) return false;
        if (t.day > to) return false;
        if (t.day < from || t.product != Product::BondCash || !t.instrument || t.quantity <= 0) return true;
        if (o.relatedOnly && !related.related(t.buyer, t.seller)) return true;
        byInstrument[t.instrument->value].push_back({t.id, t.ts, t.day, t.seller, t.buyer, t.quantity});
        return true;
    });
    throwIfStopped(stop);

    std::map<std::pair<std::vector<std::int64_t>, std::int64_t>, CircularRing> rings;
    for (auto& [instrument, legs] : byInstrument) {
        std::sort(legs.begin(), legs.end(),
                  [](const Leg& a, const Leg& b) { return a.ts != b.ts ? a.ts < b.ts : a.id < b.id; });
        RingSearch search(legs, o);
        std::vector<char> used(legs.size(), 0);
        for (std::size_t start = 0; start < legs.size(); ++start) {
            if (used[start]) continue;
            std::vector<std::vector<std::size_t>> found;
            search.from(start, found);
            if (found.empty()) continue;
            // The shortest ring through this leg: the turn as traded, not a longer detour.
            const auto& best =
                *std::min_element(found.begin(), found.end(), [](auto& a, auto& b) { return a.size() < b.size(); });
            std::vector<std::int64_t> members;
            CircularTurn turn{legs[best.front()].day, {}, legs[best.front()].face};
            for (std::size_t k : best) {
                used[k] = 1;
                members.push_back(legs[k].seller.value);
                turn.trades.push_back(legs[k].id);
            }
            std::sort(members.begin(), members.end());
            CircularRing& ring = rings[{members, instrument}];
            if (ring.members.empty()) {
                for (auto m : members) ring.members.push_back(InstitutionId(m));
                ring.instrument = InstrumentId(instrument);
            }
            ring.turns.push_back(std::move(turn));
        }
    }
    std::vector<CircularRing> out;
    for (auto& [key, ring] : rings) out.push_back(std::move(ring));
    std::stable_sort(out.begin(), out.end(),
                     [](const CircularRing& a, const CircularRing& b) { return a.turns.size() > b.turns.size(); });
    return out;
}

}  // namespace eagle
