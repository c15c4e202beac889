#include "FeatureCatalog.h"

#include "ProfileFeatures.h"

#include <algorithm>

namespace eagle {
namespace {

std::vector<char32_t> codePoints(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

}  // namespace

FeatureCatalog::FeatureCatalog(std::vector<std::string> names) : names_(std::move(names)) {
    // Suggestions compare code points; a rule with many unknown words asks for many (and the
    // rule editor asks again on every pause in typing).
    for (const auto& name : names_) spellings_.push_back({name, codePoints(name)});
    for (const auto& a : aliases())
        if (resolve(a.feature)) spellings_.push_back({std::string(a.alias), codePoints(a.alias)});
}

FeatureCatalog FeatureCatalog::profileFeatures() {
    std::vector<std::string> names;
    for (const auto& spec : kProfileFeatures) names.emplace_back(spec.name);
    return FeatureCatalog(std::move(names));
}

const std::vector<FeatureCatalog::Alias>& FeatureCatalog::aliases() {
    // One table for every feature any model defines; an alias resolves only where the workspace
    // defines its feature. Digits may follow the first character (净融入20日), not lead.
    static const std::vector<Alias> table{
        {"货币市场交易量", "money_volume"},
        {"债券交易量", "bond_volume"},
        {"外汇交易量", "fx_volume"},
        {"黄金交易量", "gold_volume"},
        {"交易笔数", "trade_count"},
        {"活跃市场数", "active_markets"},
        {"融入总额", "gross_borrowing"},
        {"融出总额", "gross_lending"},
        {"货币市场净融入", "net_borrowing"},
        {"净融入", "net_borrowing"},
        {"净融入20日", "net_borrowing_20d"},
        {"隔夜融资占比", "overnight_share"},
        {"隔夜融资占比20日", "overnight_share_20d"},
        {"融资期限", "borrowing_tenor"},
        {"融资激增", "borrowing_surge"},
        {"净融入资产比", "net_borrowing_to_assets"},
        {"流动资产比例", "liquid_assets_ratio"},
        {"融资利差", "borrowing_spread"},
        {"融出利差", "lending_spread"},
        {"债券价格偏离度", "bond_price_deviation"},
        {"偏离市场价交易占比", "off_market_share"},
        {"交易对手数", "counterparties"},
        {"交易对手集中度", "counterparty_hhi"},
        {"融出方数量", "lender_count"},
        {"最大融出方占比", "top_lender_share"},
        {"新交易对手占比", "new_counterparty_share"},
        {"关联方交易占比", "related_party_share"},
        {"总资产", "total_assets"},
        {"净资产", "equity"},
        {"杠杆率", "leverage"},
        {"尾盘交易占比", "end_of_day_share"},
        {"时点融入", "period_end_borrowing"},
        {"对倒交易占比", "round_trip_share"},
        {"债券买入占比", "bond_buy_share"},
        {"债券净买入", "bond_net_purchases"},
    };
    return table;
}

std::optional<int> FeatureCatalog::resolve(std::string_view nameOrAlias) const {
    std::string_view name = nameOrAlias;
    for (const auto& a : aliases())
        if (a.alias == nameOrAlias) name = a.feature;
    const auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) return std::nullopt;
    return static_cast<int>(it - names_.begin());
}

std::optional<std::string> FeatureCatalog::suggest(std::string_view unknown) const {
    const auto typed = codePoints(unknown);
    // A typo changes a few characters; anything further is a different word, not a misspelling.
    const int typo = std::max(2, static_cast<int>(typed.size()) / 3);
    const Spelling* best = nullptr;
    int bestDistance = typo + 1;
    for (const auto& known : spellings_) {  // names first, then aliases: the first closest wins
        const int d = boundedEditDistance(typed, known.points, bestDistance - 1);
        if (d < bestDistance) best = &known, bestDistance = d;
    }
    if (!best) return std::nullopt;
    return best->text;
}

int editDistance(std::string_view a, std::string_view b) {
    const auto x = codePoints(a), y = codePoints(b);
    return boundedEditDistance(x, y, static_cast<int>(std::max(x.size(), y.size())));
}

// Levenshtein distance, or bound + 1 for any distance over bound. Only the cells within bound of
// the diagonal can lie on a path that short, the distance is at least the difference in length,
// and a row's smallest entry never decreases further down: a long unknown word (or a pasted
// paragraph) is checked against every name in time proportional to its length times the bound.
int boundedEditDistance(const std::vector<char32_t>& x, const std::vector<char32_t>& y, int bound) {
    const int over = bound + 1;
    const std::size_t n = x.size(), m = y.size();
    if (bound < 0 || (n > m ? n - m : m - n) > static_cast<std::size_t>(bound)) return over;
    const auto band = static_cast<std::size_t>(bound);
    // row[j]: the distance between x's first i and y's first j code points, or over.
    std::vector<int> row(m + 1, over);
    for (std::size_t j = 0; j <= std::min(m, band); ++j) row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        const std::size_t lo = i > band ? i - band : 1, hi = std::min(m, i + band);
        int diagonal = row[lo - 1];
        row[lo - 1] = lo == 1 && i <= band ? static_cast<int>(i) : over;  // left of the band: over
        int least = row[lo - 1];
        for (std::size_t j = lo; j <= hi; ++j) {
            const int up = row[j];  // over right of the previous row's band, as initialised
            row[j] = std::min({up + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1), over});
            diagonal = up;
            least = std::min(least, row[j]);
        }
        if (least > bound) return over;
    }
    return row[m];
}

}  // namespace eagle
