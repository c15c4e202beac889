#include "RuleBacktest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace eagle {
namespace {

// The column of the first run day on or after `day` (the event may fall on a day without trades).
long columnOf(const std::vector<Date>& days, Date day) {
    return static_cast<long>(std::lower_bound(days.begin(), days.end(), day) - days.begin());
}

double median(std::vector<double> v) {
    if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

}  // namespace

RuleBacktestReport RuleBacktest::run(const RuleWorkspace& workspace, const RuleSet& rules,
                                     const std::vector<RiskEvent>& events, const std::vector<RuleHit>& hits) const {
    RuleBacktestReport report;
    report.leadWindowDays = leadWindow_;
    report.events = static_cast<int>(events.size());
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t r = 0; r < workspace.institutions().size(); ++r) rowOf[workspace.institutions()[r].id.value] = r;

    struct Span {
        std::size_t event;
        long from, to;  // columns, inclusive
    };
    std::unordered_map<std::size_t, std::vector<Span>> spansOf;  // institution row -> event spans
    for (std::size_t e = 0; e < events.size(); ++e) {
        const auto row = rowOf.find(events[e].institution.value);
        if (row == rowOf.end()) continue;
        const long start = columnOf(workspace.days(), events[e].day);
        const long end = columnOf(workspace.days(), events[e].endDay.value_or(events[e].day));
        spansOf[row->second].push_back({e, start - leadWindow_, std::max(start, end)});
    }

    std::vector<char> caughtByAny(events.size(), 0);
    report.hitCaught.assign(hits.size(), 0);
    for (std::size_t k = 0; k < rules.rules.size(); ++k) {
        RuleBacktestRow row;
        row.rule = rules.rules[k].name;
        std::vector<long> firstAlert(events.size(), -1);
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const RuleHit& h = hits[i];
            if (h.rule != k) continue;
            ++row.alerts;
            bool matched = false;
            if (const auto it = spansOf.find(h.institution); it != spansOf.end())
                for (const Span& s : it->second) {
                    const auto day = static_cast<long>(h.firstDay);
                    // An episode that is under way when the event's window opens counts too.
                    if (static_cast<long>(h.lastDay) < s.from || day > s.to) continue;
                    matched = true;
                    if (firstAlert[s.event] < 0 || day < firstAlert[s.event]) firstAlert[s.event] = day;
                }
            if (!matched) ++row.falseAlarms;
            report.hitCaught[i] = matched;
        }
        std::vector<double> leads;
        for (std::size_t e = 0; e < events.size(); ++e) {
            if (firstAlert[e] < 0) {
                ++row.misses;
                continue;
            }
            ++row.hits;
            ++row.hitsByKind[events[e].kind];
            caughtByAny[e] = 1;
            const long end = columnOf(workspace.days(), events[e].endDay.value_or(events[e].day));
            leads.push_back(static_cast<double>(std::max(0L, end - firstAlert[e])));
        }
        row.medianLeadDays = median(std::move(leads));
        report.rules.push_back(std::move(row));
    }
    for (std::size_t e = 0; e < events.size(); ++e) {
        auto& [caught, total] = report.byKind[events[e].kind];
        ++total;
        caught += caughtByAny[e];
    }
    return report;
}

}  // namespace eagle
