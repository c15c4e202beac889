#include "SearchIndex.h"

#include "AlertNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace eagle {
namespace {

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

// 0 is the best match; nullopt is no match.
std::optional<int> rank(const SearchEntry& e, const QString& text) {
    if (e.kind != SearchEntry::Kind::Alert) {
        if (e.code.compare(text, Qt::CaseInsensitive) == 0) return 0;
        if (e.code.startsWith(text, Qt::CaseInsensitive)) return 1;
    }
    if (e.name.startsWith(text, Qt::CaseInsensitive)) return 2;
    if (e.code.contains(text, Qt::CaseInsensitive)) return 3;
    if (e.name.contains(text, Qt::CaseInsensitive)) return 4;
    return std::nullopt;
}

}  // namespace

void SearchIndex::setInstitutions(const std::vector<Institution>& institutions) {
    institutions_.clear();
    for (const Institution& i : institutions)
        institutions_.push_back({SearchEntry::Kind::Institution, i.id.value, fromStd(i.code), fromStd(i.name),
                                 QCoreApplication::translate("SearchIndex", "Institution %1 — %2").arg(fromStd(i.code), fromStd(i.name))});
}

void SearchIndex::setInstruments(const std::vector<Instrument>& instruments) {
    instruments_.clear();
    for (const Instrument& i : instruments)
        instruments_.push_back({SearchEntry::Kind::Instrument, i.id.value, fromStd(i.code), fromStd(i.kind),
                                QCoreApplication::translate("SearchIndex", "Instrument %1 — %2").arg(fromStd(i.code), fromStd(i.kind))});
}

void SearchIndex::setAlerts(const std::vector<AlertRecord>& alerts) {
    alerts_.clear();
    for (const AlertRecord& a : alerts) {
        if (a.alert.id == 0) continue;  // a replay's alerts are not stored: nothing to open
        alerts_.push_back({SearchEntry::Kind::Alert, a.alert.id, fromStd(a.institutionCode),
                           fromStd(a.rule) + QLatin1Char(' ') + fromStd(a.alert.message),
                           QCoreApplication::translate("SearchIndex", "Alert %1 · %2 · %3 · %4")
                               .arg(fromStd(a.alert.day.toString()), severityDisplayName(a.alert.severity),
                                    fromStd(a.institutionCode), fromStd(a.rule))});
    }
}

std::vector<SearchEntry> SearchIndex::find(const QString& query, std::size_t limit) const {
    const QString text = query.trimmed();
    if (text.isEmpty()) return {};
    std::vector<std::pair<int, const SearchEntry*>> hits;
    for (const auto* list : {&institutions_, &instruments_, &alerts_})
        for (const SearchEntry& e : *list)
            if (const auto r = rank(e, text)) hits.push_back({*r, &e});
    // Kinds keep their order within a rank (institutions, instruments, alerts): stable sort.
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SearchEntry> out;
    for (std::size_t k = 0; k < std::min(limit, hits.size()); ++k) out.push_back(*hits[k].second);
    return out;
}

}  // namespace eagle
