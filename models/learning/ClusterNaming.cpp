#include "ClusterNaming.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace eagle {
namespace {

struct Phrases {
    const char* high;
    const char* low;
};

// Only directions with a clear reading get a phrase; the others fall through to the next feature.
const std::map<std::string, Phrases, std::less<>>& phraseTable() {
    static const std::map<std::string, Phrases, std::less<>> table{
        {"gross_lending", {"liquidity provider", ""}},
        {"net_borrowing", {"net borrower", "net lender"}},
        {"net_borrowing_20d", {"net borrower", "net lender"}},
        {"net_borrowing_to_assets", {"wholesale-funded", "net lender"}},
        {"gross_borrowing", {"heavy borrower", ""}},
        {"overnight_share", {"overnight-funded", "term-funded"}},
        {"overnight_share_20d", {"overnight-funded", "term-funded"}},
        {"borrowing_tenor", {"term-funded", "overnight-funded"}},
        {"leverage", {"leveraged", "low leverage"}},
        {"bond_volume", {"active bond trader", "little bond trading"}},
        {"trade_count", {"market maker", "occasional trader"}},
        {"counterparties", {"widely connected", "few counterparties"}},
        {"bond_buy_share", {"bond buyer", "bond seller"}},
        {"bond_net_purchases", {"bond accumulator", "bond seller"}},
        {"fx_volume", {"FX dealer", ""}},
        {"gold_volume", {"gold trader", ""}},
        {"money_volume", {"money-market heavy", ""}},
        {"total_assets", {"large balance sheet", "small balance sheet"}},
        {"equity", {"large balance sheet", "small balance sheet"}},
        {"active_markets", {"multi-market", "single-market"}},
        {"lender_count", {"many lenders", "relationship-funded"}},
        {"top_lender_share", {"relationship-funded", ""}},
        {"counterparty_hhi", {"concentrated counterparties", "diversified counterparties"}},
        {"related_party_share", {"related-party trader", ""}},
        {"round_trip_share", {"round-tripper", ""}},
        {"borrowing_spread", {"high funding cost", "cheap funding"}},
        {"lending_spread", {"lends at a premium", ""}},
        {"liquid_assets_ratio", {"liquid", "thin liquidity buffer"}},
        {"end_of_day_share", {"late-session trader", ""}},
        {"off_market_share", {"off-market pricing", ""}},
        {"bond_price_deviation", {"off-market pricing", ""}},
        {"period_end_borrowing", {"period-end borrower", ""}},
        {"new_counterparty_share", {"shifting counterparties", "stable counterparties"}},
    };
    return table;
}

}  // namespace

std::string strategyPhrase(const std::string& feature, bool high) {
    const auto& table = phraseTable();
    const auto it = table.find(feature);
    if (it == table.end()) return {};
    return high ? it->second.high : it->second.low;
}

std::string clusterName(std::vector<FeatureDeviation> deviations, int parts) {
    std::stable_sort(deviations.begin(), deviations.end(), [](const FeatureDeviation& a, const FeatureDeviation& b) {
        return std::abs(a.deviation) > std::abs(b.deviation);
    });
    std::vector<std::string> chosen;
    for (const FeatureDeviation& d : deviations) {
        if (static_cast<int>(chosen.size()) == parts || std::abs(d.deviation) < 0.25) break;
        const std::string phrase = strategyPhrase(d.feature, d.deviation > 0);
        if (phrase.empty() || std::find(chosen.begin(), chosen.end(), phrase) != chosen.end()) continue;
        chosen.push_back(phrase);
    }
    if (chosen.empty()) return "average profile";
    std::string name = chosen.front();
    for (std::size_t k = 1; k < chosen.size(); ++k) name += ", " + chosen[k];
    return name;
}

}  // namespace eagle
