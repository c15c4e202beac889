#include "ClusterNaming.h"

#include <algorithm>
#include <cmath>
#include <map>

// Qt Linguist reads the phrases from this file (app/CMakeLists.txt lists it for lupdate) and the
// views translate them in context "ClusterNames" (views/ClusterNames); the model stays free of Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace eagle {
namespace {

struct Phrases {
    const char* high;
    const char* low;
};

// Only directions with a clear reading get a phrase; the others fall through to the next feature.
const std::map<std::string, Phrases, std::less<>>& phraseTable() {
    static const std::map<std::string, Phrases, std::less<>> table{
        {"gross_lending", {QT_TRANSLATE_NOOP("ClusterNames", "liquidity provider"), ""}},
        {"net_borrowing", {QT_TRANSLATE_NOOP("ClusterNames", "net borrower"), QT_TRANSLATE_NOOP("ClusterNames", "net lender")}},
        {"net_borrowing_20d", {QT_TRANSLATE_NOOP("ClusterNames", "net borrower"), QT_TRANSLATE_NOOP("ClusterNames", "net lender")}},
        {"net_borrowing_to_assets", {QT_TRANSLATE_NOOP("ClusterNames", "wholesale-funded"), QT_TRANSLATE_NOOP("ClusterNames", "net lender")}},
        {"gross_borrowing", {QT_TRANSLATE_NOOP("ClusterNames", "heavy borrower"), ""}},
        {"overnight_share", {QT_TRANSLATE_NOOP("ClusterNames", "overnight-funded"), QT_TRANSLATE_NOOP("ClusterNames", "term-funded")}},
        {"overnight_share_20d", {QT_TRANSLATE_NOOP("ClusterNames", "overnight-funded"), QT_TRANSLATE_NOOP("ClusterNames", "term-funded")}},
        {"borrowing_tenor", {QT_TRANSLATE_NOOP("ClusterNames", "term-funded"), QT_TRANSLATE_NOOP("ClusterNames", "overnight-funded")}},
        {"leverage", {QT_TRANSLATE_NOOP("ClusterNames", "leveraged"), QT_TRANSLATE_NOOP("ClusterNames", "low leverage")}},
        {"bond_volume", {QT_TRANSLATE_NOOP("ClusterNames", "active bond trader"), QT_TRANSLATE_NOOP("ClusterNames", "little bond trading")}},
        {"trade_count", {QT_TRANSLATE_NOOP("ClusterNames", "market maker"), QT_TRANSLATE_NOOP("ClusterNames", "occasional trader")}},
        {"counterparties", {QT_TRANSLATE_NOOP("ClusterNames", "widely connected"), QT_TRANSLATE_NOOP("ClusterNames", "few counterparties")}},
        {"bond_buy_share", {QT_TRANSLATE_NOOP("ClusterNames", "bond buyer"), QT_TRANSLATE_NOOP("ClusterNames", "bond seller")}},
        {"bond_net_purchases", {QT_TRANSLATE_NOOP("ClusterNames", "bond accumulator"), QT_TRANSLATE_NOOP("ClusterNames", "bond seller")}},
        {"fx_volume", {QT_TRANSLATE_NOOP("ClusterNames", "FX dealer"), ""}},
        {"gold_volume", {QT_TRANSLATE_NOOP("ClusterNames", "gold trader"), ""}},
        {"money_volume", {QT_TRANSLATE_NOOP("ClusterNames", "money-market heavy"), ""}},
        {"total_assets", {QT_TRANSLATE_NOOP("ClusterNames", "large balance sheet"), QT_TRANSLATE_NOOP("ClusterNames", "small balance sheet")}},
        {"equity", {QT_TRANSLATE_NOOP("ClusterNames", "large balance sheet"), QT_TRANSLATE_NOOP("ClusterNames", "small balance sheet")}},
        {"active_markets", {QT_TRANSLATE_NOOP("ClusterNames", "multi-market"), QT_TRANSLATE_NOOP("ClusterNames", "single-market")}},
        {"lender_count", {QT_TRANSLATE_NOOP("ClusterNames", "many lenders"), QT_TRANSLATE_NOOP("ClusterNames", "relationship-funded")}},
        {"top_lender_share", {QT_TRANSLATE_NOOP("ClusterNames", "relationship-funded"), ""}},
        {"counterparty_hhi", {QT_TRANSLATE_NOOP("ClusterNames", "concentrated counterparties"), QT_TRANSLATE_NOOP("ClusterNames", "diversified counterparties")}},
        {"related_party_share", {QT_TRANSLATE_NOOP("ClusterNames", "related-party trader"), ""}},
        {"round_trip_share", {QT_TRANSLATE_NOOP("ClusterNames", "round-tripper"), ""}},
        {"borrowing_spread", {QT_TRANSLATE_NOOP("ClusterNames", "high funding cost"), QT_TRANSLATE_NOOP("ClusterNames", "cheap funding")}},
        {"lending_spread", {QT_TRANSLATE_NOOP("ClusterNames", "lends at a premium"), ""}},
        {"liquid_assets_ratio", {QT_TRANSLATE_NOOP("ClusterNames", "liquid"), QT_TRANSLATE_NOOP("ClusterNames", "thin liquidity buffer")}},
        {"end_of_day_share", {QT_TRANSLATE_NOOP("ClusterNames", "late-session trader"), ""}},
        {"off_market_share", {QT_TRANSLATE_NOOP("ClusterNames", "off-market pricing"), ""}},
        {"bond_price_deviation", {QT_TRANSLATE_NOOP("ClusterNames", "off-market pricing"), ""}},
        {"period_end_borrowing", {QT_TRANSLATE_NOOP("ClusterNames", "period-end borrower"), ""}},
        {"new_counterparty_share", {QT_TRANSLATE_NOOP("ClusterNames", "shifting counterparties"), QT_TRANSLATE_NOOP("ClusterNames", "stable counterparties")}},
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
    if (chosen.empty()) return QT_TRANSLATE_NOOP("ClusterNames", "average profile");
    std::string name = chosen.front();
    for (std::size_t k = 1; k < chosen.size(); ++k) name += ", " + chosen[k];
    return name;
}

}  // namespace eagle
