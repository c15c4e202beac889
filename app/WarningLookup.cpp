#include "WarningLookup.h"

#include "LearningStore.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"
#include "WorkspaceLoader.h"

#include <algorithm>
#include <cmath>

namespace eagle {

InstitutionWarnings loadInstitutionWarnings(Store& store, const WorkspaceSnapshot& s, InstitutionId institution,
                                            std::size_t explained, std::size_t contributions) {
    InstitutionWarnings out;
    LearningStore learning(store);
    const auto stored = learning.latestModel(kGruWarningModelKind);
    if (!stored) return out;
    for (const WarningScore& w : learning.warningsOf(stored->run, institution)) out.scores.push_back({w.day, w.score});
    const WarningRunSummary summary = WarningRunSummary::fromText(stored->metrics);
    out.threshold = summary.models.empty() ? NAN : summary.models.front().threshold;
    if (!std::isfinite(out.threshold) || out.scores.empty() || explained == 0) return out;

    // The first day of each run of warnings, strongest first.
    std::vector<std::size_t> onsets;
    for (std::size_t k = 0; k < out.scores.size(); ++k)
        if (out.scores[k].value >= out.threshold && (k == 0 || out.scores[k - 1].value < out.threshold))
            onsets.push_back(k);
    std::stable_sort(onsets.begin(), onsets.end(),
                     [&](std::size_t a, std::size_t b) { return out.scores[a].value > out.scores[b].value; });
    onsets.resize(std::min(onsets.size(), explained));
    if (onsets.empty()) return out;

    // The institution's features in the model's order, scaled as the model reads them.
    const WarningModel model = fromStoredModel(*stored);
    FeatureTensor tensor({institution}, s.days, model.features());
    const auto series = ResultStore(store).institutionSeries(s.profileRun, institution);
    for (std::size_t f = 0; f < model.features().size(); ++f) {
        const FeatureDef* def = s.feature(model.features()[f]);
        if (!def) continue;
        const auto it = series.find(def->id);
        if (it == series.end()) continue;
        for (const DatedValue& v : it->second) {
            const auto at = std::lower_bound(s.days.begin(), s.days.end(), v.day);
            if (at != s.days.end() && *at == v.day)
                tensor.at(0, std::size_t(at - s.days.begin()), f) = static_cast<float>(v.value);
        }
    }
    model.scale(tensor);
    for (std::size_t k : onsets) {
        const auto at = std::lower_bound(s.days.begin(), s.days.end(), out.scores[k].day);
        const auto column = std::size_t(at - s.days.begin());
        if (at == s.days.end() || *at != out.scores[k].day || column + 1 < std::size_t(model.task().window)) continue;
        WarningReason reason;
        reason.day = out.scores[k].day;
        reason.score = out.scores[k].value;
        reason.contributions = model.explain(tensor, {0, static_cast<std::uint32_t>(column)}, contributions);
        out.reasons.push_back(std::move(reason));
    }
    std::sort(out.reasons.begin(), out.reasons.end(), [](auto& a, auto& b) { return a.day < b.day; });
    return out;
}

std::optional<FeatureMatrix> warningScoreMatrix(Store& store, const WorkspaceSnapshot& s,
                                                const std::vector<InstitutionId>& rows) {
    const auto run = ResultStore(store).latestRun(kWarningRunKind);
    if (!run) return std::nullopt;
    FeatureMatrix m;
    m.institutions = rows;
    m.days = s.days;
    m.values.assign(rows.size() * s.days.size(), NAN);
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t r = 0; r < rows.size(); ++r) rowOf.emplace(rows[r].value, r);
    for (const WarningScore& w : LearningStore(store).warnings(run->id)) {
        const auto row = rowOf.find(w.institution.value);
        const auto at = std::lower_bound(s.days.begin(), s.days.end(), w.day);
        if (row == rowOf.end() || at == s.days.end() || *at != w.day) continue;
        m.values[row->second * s.days.size() + std::size_t(at - s.days.begin())] = w.score;
    }
    return m;
}

std::unordered_map<std::int64_t, double> warningScoresAsOf(Store& store, Date day) {
    std::unordered_map<std::int64_t, double> out;
    LearningStore learning(store);
    const auto run = ResultStore(store).latestRun(kWarningRunKind);
    if (!run) return out;
    for (const WarningScore& w : learning.warningsAsOf(run->id, day, 2 * kRecentDays)) out[w.institution.value] = w.score;
    return out;
}

}  // namespace eagle
