#include "HubWithdrawal.h"

#include "NetworkHistory.h"

#include <algorithm>
#include <numeric>

namespace eagle {

std::vector<HubWithdrawal> detectHubWithdrawals(const NetworkHistory& history, const HubWithdrawalOptions& o) {
    const auto lending = history.newLending();
    const auto& days = history.tradingDays();
    const auto& institutions = history.institutions();
    const std::size_t n = institutions.size();
    std::vector<double> total(n, 0.0);
    for (const auto& day : lending)
        for (std::size_t i = 0; i < n; ++i) total[i] += day[i];
    std::vector<std::size_t> hubs(n);
    std::iota(hubs.begin(), hubs.end(), 0);
    std::sort(hubs.begin(), hubs.end(), [&](std::size_t a, std::size_t b) { return total[a] > total[b]; });
    hubs.resize(std::min<std::size_t>(hubs.size(), static_cast<std::size_t>(o.hubs)));

    const auto base = static_cast<std::size_t>(o.baselineDays), window = static_cast<std::size_t>(o.windowDays);
    std::vector<HubWithdrawal> out;
    for (std::size_t h : hubs) {
        if (total[h] <= 0) continue;
        bool inEpisode = false;
        for (std::size_t d = base; d + window <= days.size(); ++d) {
            double before = 0, after = 0;
            for (std::size_t k = d - base; k < d; ++k) before += lending[k][h] / static_cast<double>(base);
            for (std::size_t k = d; k < d + window; ++k) after += lending[k][h] / static_cast<double>(window);
            const double floor = (1 - o.drop) * before;
            // Low on the day itself and on average over the days after: a withdrawal, not a dip.
            const bool withdrawn = before > 0 && lending[d][h] < floor && after < floor;
            // The first day of a run of flagged days is the withdrawal; a later recovery ends it.
            if (withdrawn && !inEpisode)
                out.push_back({institutions[h].id, institutions[h].code, days[d], before, after});
            // An episode ends once lending is back near its level before the withdrawal.
            if (inEpisode && !withdrawn && !out.empty() && lending[d][h] >= (1 - o.drop) * out.back().before)
                inEpisode = false;
            if (withdrawn) inEpisode = true;
        }
    }
    std::sort(out.begin(), out.end(), [](const HubWithdrawal& a, const HubWithdrawal& b) { return a.day < b.day; });
    return out;
}

}  // namespace eagle
