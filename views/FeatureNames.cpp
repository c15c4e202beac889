#include "FeatureNames.h"

#include "NetworkFeatureRun.h"
#include "ProfileFeatures.h"
#include "RiskScores.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace eagle {
namespace {

struct FeatureText {
    std::string_view name;
    const char* label;
    const char* unit;
    double scale;
    bool logScale;
    // For the features the models do not describe (null for those they do).
    const char* description = nullptr;
    const char* why = nullptr;
};

// Source strings are English; Qt Linguist's zh_CN file carries the Chinese.
constexpr std::array<FeatureText, 57> kTexts{{
    {"money_volume", QT_TRANSLATE_NOOP("FeatureNames", "Money-market volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"bond_volume", QT_TRANSLATE_NOOP("FeatureNames", "Bond trading volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"fx_volume", QT_TRANSLATE_NOOP("FeatureNames", "FX trading volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"gold_volume", QT_TRANSLATE_NOOP("FeatureNames", "Gold trading volume"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"trade_count", QT_TRANSLATE_NOOP("FeatureNames", "Trades"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, true},
    {"active_markets", QT_TRANSLATE_NOOP("FeatureNames", "Markets traded"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false},
    {"gross_borrowing", QT_TRANSLATE_NOOP("FeatureNames", "Money-market borrowing"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"gross_lending", QT_TRANSLATE_NOOP("FeatureNames", "Money-market lending"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"net_borrowing", QT_TRANSLATE_NOOP("FeatureNames", "Net money-market borrowing"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"net_borrowing_20d", QT_TRANSLATE_NOOP("FeatureNames", "Net borrowing, 20-day mean"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"overnight_share", QT_TRANSLATE_NOOP("FeatureNames", "Overnight funding share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"overnight_share_20d", QT_TRANSLATE_NOOP("FeatureNames", "Overnight funding share, 20-day mean"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"borrowing_tenor", QT_TRANSLATE_NOOP("FeatureNames", "Average borrowing tenor"), QT_TRANSLATE_NOOP("FeatureNames", "days"), 1, false},
    {"borrowing_surge", QT_TRANSLATE_NOOP("FeatureNames", "Borrowing against its 20-day mean"), QT_TRANSLATE_NOOP("FeatureNames", "ratio"), 1, true},
    {"net_borrowing_to_assets", QT_TRANSLATE_NOOP("FeatureNames", "Net borrowing to assets"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"liquid_assets_ratio", QT_TRANSLATE_NOOP("FeatureNames", "Liquid assets ratio"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"borrowing_spread", QT_TRANSLATE_NOOP("FeatureNames", "Borrowing spread over fixing"), QT_TRANSLATE_NOOP("FeatureNames", "bp"), 1, false},
    {"lending_spread", QT_TRANSLATE_NOOP("FeatureNames", "Lending spread over fixing"), QT_TRANSLATE_NOOP("FeatureNames", "bp"), 1, false},
    {"bond_price_deviation", QT_TRANSLATE_NOOP("FeatureNames", "Bond price deviation from the day's average"), QT_TRANSLATE_NOOP("FeatureNames", "price points"), 1, false},
    {"off_market_share", QT_TRANSLATE_NOOP("FeatureNames", "Off-market bond share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"counterparties", QT_TRANSLATE_NOOP("FeatureNames", "Counterparties"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false},
    {"counterparty_hhi", QT_TRANSLATE_NOOP("FeatureNames", "Counterparty concentration (HHI)"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false},
    {"lender_count", QT_TRANSLATE_NOOP("FeatureNames", "Lenders"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false},
    {"top_lender_share", QT_TRANSLATE_NOOP("FeatureNames", "Largest lender's share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"new_counterparty_share", QT_TRANSLATE_NOOP("FeatureNames", "New counterparty share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"related_party_share", QT_TRANSLATE_NOOP("FeatureNames", "Related-party share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"total_assets", QT_TRANSLATE_NOOP("FeatureNames", "Total assets"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"equity", QT_TRANSLATE_NOOP("FeatureNames", "Equity"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"leverage", QT_TRANSLATE_NOOP("FeatureNames", "Leverage (assets / equity)"), QT_TRANSLATE_NOOP("FeatureNames", "times"), 1, false},
    {"end_of_day_share", QT_TRANSLATE_NOOP("FeatureNames", "End-of-day trading share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"period_end_borrowing", QT_TRANSLATE_NOOP("FeatureNames", "Month-end borrowing against its 20-day mean"), QT_TRANSLATE_NOOP("FeatureNames", "ratio"), 1, true},
    {"round_trip_share", QT_TRANSLATE_NOOP("FeatureNames", "Bond round-trip share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"bond_buy_share", QT_TRANSLATE_NOOP("FeatureNames", "Bond purchases share"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"bond_net_purchases", QT_TRANSLATE_NOOP("FeatureNames", "Net bond purchases"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true},
    {"score_market", QT_TRANSLATE_NOOP("FeatureNames", "Market risk score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    {"score_credit", QT_TRANSLATE_NOOP("FeatureNames", "Credit risk score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    {"score_liquidity", QT_TRANSLATE_NOOP("FeatureNames", "Liquidity risk score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    {"score_operational", QT_TRANSLATE_NOOP("FeatureNames", "Operational risk score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    {"score_reputation", QT_TRANSLATE_NOOP("FeatureNames", "Reputation and strategic risk score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    {"score_behaviour", QT_TRANSLATE_NOOP("FeatureNames", "Behaviour and compliance score"), QT_TRANSLATE_NOOP("FeatureNames", "0-100"), 1, false},
    // The institution's place in the exposure network, stored per day by the profile run (their
    // meaning is told by models/NetworkFeatureRun.cpp) or measured on the network's day for an
    // older run. Then what no model dictionary describes, so their meaning is told here: the
    // degree shown in the network view, the early-warning model's daily probability of a risk
    // event, and the market-risk indicators that eagleeye-cli var --all adds.
    {"network_pagerank", QT_TRANSLATE_NOOP("FeatureNames", "PageRank in the exposure network"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_betweenness", QT_TRANSLATE_NOOP("FeatureNames", "Betweenness (share of exposure paths through it)"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_eigenvector", QT_TRANSLATE_NOOP("FeatureNames", "Eigenvector centrality"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false},
    {"network_hub", QT_TRANSLATE_NOOP("FeatureNames", "Hub score (large claims on central borrowers)"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false},
    {"network_authority", QT_TRANSLATE_NOOP("FeatureNames", "Authority score (owes much to central lenders)"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false},
    {"network_coreness", QT_TRANSLATE_NOOP("FeatureNames", "Core depth (k-core)"), QT_TRANSLATE_NOOP("FeatureNames", "k"), 1, false},
    {"network_debtrank", QT_TRANSLATE_NOOP("FeatureNames", "System loss if it fails (DebtRank)"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_pagerank_repo", QT_TRANSLATE_NOOP("FeatureNames", "PageRank in the repo layer"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_pagerank_interbank", QT_TRANSLATE_NOOP("FeatureNames", "PageRank in the interbank lending layer"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_pagerank_bond", QT_TRANSLATE_NOOP("FeatureNames", "PageRank in the bond holdings layer"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_pagerank_fx_swap", QT_TRANSLATE_NOOP("FeatureNames", "PageRank in the FX swap layer"), QT_TRANSLATE_NOOP("FeatureNames", "%"), 100, false},
    {"network_degree", QT_TRANSLATE_NOOP("FeatureNames", "Counterparties in the network"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false,
     QT_TRANSLATE_NOOP("FeatureNames", "Institutions it has an exposure to or from on the network's day"),
     QT_TRANSLATE_NOOP("FeatureNames", "Connectedness: how many a failure touches first")},
    {"early_warning_score", QT_TRANSLATE_NOOP("FeatureNames", "Early-warning score"), QT_TRANSLATE_NOOP("FeatureNames", "0-1"), 1, false,
     QT_TRANSLATE_NOOP("FeatureNames", "The early-warning model's probability of a risk event within its horizon"),
     QT_TRANSLATE_NOOP("FeatureNames", "An early signal learnt from past events: look before the scores move")},
    {"var99_1d_hist", QT_TRANSLATE_NOOP("FeatureNames", "One-day VaR (99%, historical)"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true,
     QT_TRANSLATE_NOOP("FeatureNames", "The loss on its bond, FX and gold positions that one day in a hundred exceeds, from the last 250 days' profit and loss"),
     QT_TRANSLATE_NOOP("FeatureNames", "What a bad day could cost it")},
    {"es99_1d_hist", QT_TRANSLATE_NOOP("FeatureNames", "One-day expected shortfall (99%)"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true,
     QT_TRANSLATE_NOOP("FeatureNames", "The mean loss on the worst one day in a hundred, from the last 250 days"),
     QT_TRANSLATE_NOOP("FeatureNames", "How bad the bad days are, beyond the VaR")},
    {"var99_1d_ewma", QT_TRANSLATE_NOOP("FeatureNames", "One-day VaR (99%, EWMA volatility)"), QT_TRANSLATE_NOOP("FeatureNames", "CNY bn"), 1e-09, true,
     QT_TRANSLATE_NOOP("FeatureNames", "VaR with the volatility of recent days weighted most (lambda 0.94)"),
     QT_TRANSLATE_NOOP("FeatureNames", "Reacts faster when markets turn")},
    {"var_exceptions_250d", QT_TRANSLATE_NOOP("FeatureNames", "VaR exceptions in 250 days"), QT_TRANSLATE_NOOP("FeatureNames", "count"), 1, false,
     QT_TRANSLATE_NOOP("FeatureNames", "Days in the last 250 whose loss exceeded the day before's VaR"),
     QT_TRANSLATE_NOOP("FeatureNames", "Basel traffic light: many exceptions mean its risk is underestimated")},
}};

const FeatureText* find(std::string_view name) {
    for (const auto& t : kTexts)
        if (t.name == name) return &t;
    return nullptr;
}
}  // namespace

QString featureDisplayName(std::string_view name) {
    const auto* t = find(name);
    return t ? QCoreApplication::translate("FeatureNames", t->label) : QString::fromUtf8(name.data(), qsizetype(name.size()));
}

namespace {
// What a metric measures and why a supervisor cares, translated, from whichever dictionary
// defines it: the profile features, the risk scores, the network measures, else this file's.
std::pair<QString, QString> explanationOf(std::string_view name) {
    const auto translated = [](const char* context, const auto& spec) {
        return std::pair(QCoreApplication::translate(context, spec.description.data()),
                         QCoreApplication::translate(context, spec.why.data()));
    };
    for (const auto& spec : kProfileFeatures)
        if (spec.name == name) return translated("ProfileFeatures", spec);
    for (const auto& spec : riskTypes())
        if (spec.name == name) return translated("RiskScores", spec);
    for (const auto& spec : networkFeatureSpecs())
        if (spec.name == name) return translated("NetworkFeatures", spec);
    const auto* t = find(name);
    if (!t) return {};
    return {t->description ? QCoreApplication::translate("FeatureNames", t->description) : QString(),
            t->why ? QCoreApplication::translate("FeatureNames", t->why) : QString()};
}
}  // namespace

QString featureDescription(std::string_view name) { return explanationOf(name).first; }

QString featureWhy(std::string_view name) { return explanationOf(name).second; }

QString featureToolTip(std::string_view name) {
    const QString label = featureDisplayName(name), unit = featureDisplayUnit(name);
    const QString description = featureDescription(name), why = featureWhy(name);
    if (description.isEmpty()) return label;
    QString html = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
    if (!unit.isEmpty()) html += QStringLiteral(" (%1)").arg(unit.toHtmlEscaped());
    html += QStringLiteral("<br>%1").arg(description.toHtmlEscaped());
    if (!why.isEmpty())
        html += QStringLiteral("<br><i>%1</i> %2")
                    .arg(QCoreApplication::translate("FeatureNames", "Why it matters:").toHtmlEscaped(), why.toHtmlEscaped());
    return html;
}

QString featureDisplayUnit(std::string_view name) {
    const auto* t = find(name);
    return t ? QCoreApplication::translate("FeatureNames", t->unit) : QString();
}

double featureDisplayScale(std::string_view name) {
    const auto* t = find(name);
    return t ? t->scale : 1.0;
}

QString featureFamilyName(std::string_view name) {
    static constexpr std::array<const char*, 6> kFamilies{
        QT_TRANSLATE_NOOP("FeatureFamilies", "Activity"),
        QT_TRANSLATE_NOOP("FeatureFamilies", "Funding and liquidity"),
        QT_TRANSLATE_NOOP("FeatureFamilies", "Pricing"),
        QT_TRANSLATE_NOOP("FeatureFamilies", "Counterparties and network"),
        QT_TRANSLATE_NOOP("FeatureFamilies", "Balance sheet and leverage"),
        QT_TRANSLATE_NOOP("FeatureFamilies", "Behaviour")};
    for (const auto& spec : kProfileFeatures)
        if (spec.name == name)
            return QCoreApplication::translate("FeatureFamilies", kFamilies[static_cast<std::size_t>(spec.family)]);
    if (name.starts_with("network_"))
        return QCoreApplication::translate("FeatureFamilies", kFamilies[static_cast<std::size_t>(FeatureFamily::Counterparties)]);
    if (name.starts_with("score_") || name == "early_warning_score") return QCoreApplication::translate("FeatureFamilies", "Risk scores");
    if (name.starts_with("var") || name.starts_with("es9")) return QCoreApplication::translate("FeatureFamilies", "Market risk");
    return QCoreApplication::translate("FeatureFamilies", "Other");
}

bool featurePrefersLogScale(std::string_view name) {
    const auto* t = find(name);
    return t && t->logScale;
}

}  // namespace eagle
