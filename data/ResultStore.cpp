#include "ResultStore.h"

#include "UtcTime.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <unordered_map>

namespace eagle {

RunId ResultStore::beginRun(const std::string& kind, const std::string& params) {
    auto& s = db_.cached("INSERT INTO run(kind, started, status, params) VALUES (?, ?, 'running', ?)");
    s.bind(1, kind).bind(2, nowUtc()).bind(3, params);
    s.run();
    return RunId(db_.lastInsertId());
}

void ResultStore::finishRun(RunId run, const std::string& status) {
    auto& s = db_.cached("UPDATE run SET finished = ?, status = ? WHERE id = ?");
    s.bind(1, nowUtc()).bind(2, status).bind(3, run.value);
    s.run();
}

std::optional<Run> ResultStore::latestRun(const std::string& kind) {
    auto& s = db_.cached(
        "SELECT id, kind, started, coalesce(finished, ''), status, params FROM run "
        "WHERE kind = ? AND status = 'done' ORDER BY id DESC LIMIT 1");
    s.bind(1, kind);
    if (!s.step()) return std::nullopt;
    Run r{RunId(s.int64(0)), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
    s.reset();
    return r;
}

std::int64_t ResultStore::defineFeature(const std::string& name, const std::string& unit,
                                        const std::string& description) {
    auto& upsert = db_.cached(
        "INSERT INTO feature_def(name, unit, description) VALUES (?,?,?) "
        "ON CONFLICT(name) DO UPDATE SET unit = excluded.unit, description = excluded.description");
    upsert.bind(1, name).bind(2, unit).bind(3, description);
    upsert.run();
    auto& find = db_.cached("SELECT id FROM feature_def WHERE name = ?");
    find.bind(1, name);
    find.step();
    const std::int64_t id = find.int64(0);
    find.reset();
    return id;
}

std::vector<FeatureDef> ResultStore::featureDefs() {
    auto& s = db_.cached("SELECT id, name, unit, description FROM feature_def ORDER BY id");
    std::vector<FeatureDef> out;
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3)});
    return out;
}

FeatureBlockWriter ResultStore::featureWriter(RunId run, std::vector<InstitutionId> institutions,
                                              std::vector<std::int64_t> featureIds) {
    return FeatureBlockWriter(db_, run, std::move(institutions), std::move(featureIds));
}

void ResultStore::writePeerMedian(RunId run, const std::string& peerGroup, std::int64_t featureId, Date day,
                                  double median) {
    auto& s = db_.cached(
        "INSERT INTO peer_feature(run_id, peer_group, feature_id, day, median) VALUES (?,?,?,?,?)");
    s.bind(1, run.value).bind(2, peerGroup).bind(3, featureId).bind(4, day.daysSinceEpoch()).bind(5, median);
    s.run();
}

std::vector<Date> ResultStore::runDays(RunId run) {
    auto& s = db_.cached("SELECT day FROM run_day WHERE run_id = ? ORDER BY position");
    s.bind(1, run.value);
    std::vector<Date> days;
    while (s.step()) days.push_back(Date(static_cast<std::int32_t>(s.int64(0))));
    return days;
}

template <class Visit>
void ResultStore::forEachBlock(RunId run, int from, int to, const std::vector<std::int64_t>& features, Visit&& visit) {
    double values[kFeatureBlockDays];
    const int firstBlock = from - from % kFeatureBlockDays;
    if (features.empty()) {
        auto& s = db_.cached(
            "SELECT feature_id, institution_id, first_position, block FROM feature_block "
            "WHERE run_id = ? AND first_position >= ? AND first_position < ?");
        s.bind(1, run.value).bind(2, firstBlock).bind(3, to);
        while (s.step()) {
            decodeFeatureBlock(s.blob(3), values);
            visit(s.int64(0), s.int64(1), static_cast<int>(s.int64(2)), std::span<const double>(values));
        }
        return;
    }
    // One key range per block and feature: the rows of other features are never read.
    auto& s = db_.cached(
        "SELECT institution_id, block FROM feature_block WHERE run_id = ? AND first_position = ? AND feature_id = ?");
    for (int block = firstBlock; block < to; block += kFeatureBlockDays)
        for (const std::int64_t feature : features) {
            s.reset();
            s.bind(1, run.value).bind(2, block).bind(3, feature);
            while (s.step()) {
                decodeFeatureBlock(s.blob(1), values);
                visit(feature, s.int64(0), block, std::span<const double>(values));
            }
        }
}

FeatureMatrix ResultStore::featureMatrix(RunId run, std::int64_t featureId) {
    FeatureMatrix m;
    auto& rows = db_.cached("SELECT id FROM institution ORDER BY id");
    while (rows.step()) m.institutions.push_back(InstitutionId(rows.int64(0)));
    m.days = runDays(run);
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t i = 0; i < m.institutions.size(); ++i) rowOf[m.institutions[i].value] = i;
    const std::size_t columns = m.days.size();
    m.values.assign(m.institutions.size() * columns, std::numeric_limits<double>::quiet_NaN());

    // One range of the key per block of days: (run, first_position, feature) is a key prefix.
    auto& s = db_.cached(
        "SELECT institution_id, block FROM feature_block WHERE run_id = ? AND first_position = ? AND feature_id = ?");
    double values[kFeatureBlockDays];
    for (std::size_t first = 0; first < columns; first += kFeatureBlockDays) {
        s.reset();
        s.bind(1, run.value).bind(2, static_cast<std::int64_t>(first)).bind(3, featureId);
        const std::size_t n = std::min<std::size_t>(kFeatureBlockDays, columns - first);
        while (s.step()) {
            const auto r = rowOf.find(s.int64(0));
            if (r == rowOf.end()) continue;
            decodeFeatureBlock(s.blob(1), values);
            std::copy_n(values, n, m.values.begin() + static_cast<std::ptrdiff_t>(r->second * columns + first));
        }
    }
    return m;
}

std::map<std::int64_t, std::vector<DatedValue>> ResultStore::institutionSeries(RunId run, InstitutionId institution) {
    std::map<std::int64_t, std::vector<DatedValue>> out;
    const std::vector<Date> days = runDays(run);
    const std::vector<FeatureDef> defs = featureDefs();
    for (const FeatureDef& def : defs) out[def.id];
    auto& s = db_.cached(
        "SELECT block FROM feature_block WHERE run_id = ? AND first_position = ? AND feature_id = ? AND "
        "institution_id = ?");
    double values[kFeatureBlockDays];
    for (std::size_t first = 0; first < days.size(); first += kFeatureBlockDays) {
        for (const FeatureDef& def : defs) {
            s.reset();
            s.bind(1, run.value).bind(2, static_cast<std::int64_t>(first)).bind(3, def.id).bind(4, institution.value);
            if (!s.step()) continue;
            decodeFeatureBlock(s.blob(0), values);
            auto& series = out[def.id];
            for (std::size_t d = 0; d < kFeatureBlockDays && first + d < days.size(); ++d)
                if (std::isfinite(values[d])) series.push_back({days[first + d], values[d]});
        }
    }
    s.reset();
    return out;
}

namespace {
// The position of the first of `days` on or after `day`.
int positionFrom(const std::vector<Date>& days, Date day) {
    return static_cast<int>(std::lower_bound(days.begin(), days.end(), day) - days.begin());
}
}  // namespace

std::map<std::int64_t, std::map<std::int64_t, double>> ResultStore::featureMeans(RunId run, Date from, Date to,
                                                                                 const std::vector<std::int64_t>& features) {
    const std::vector<Date> days = runDays(run);
    const int first = positionFrom(days, from);
    const int end = static_cast<int>(std::upper_bound(days.begin(), days.end(), to) - days.begin());
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<double, int>> sums;
    forEachBlock(run, first, end, features,
                 [&](std::int64_t feature, std::int64_t institution, int start, std::span<const double> values) {
                     auto& [sum, n] = sums[{institution, feature}];
                     for (int d = std::max(0, first - start); d < std::min(kFeatureBlockDays, end - start); ++d)
                         if (std::isfinite(values[static_cast<std::size_t>(d)])) sum += values[static_cast<std::size_t>(d)], ++n;
                 });
    std::map<std::int64_t, std::map<std::int64_t, double>> out;
    for (const auto& [key, sum] : sums)
        if (sum.second > 0) out[key.first][key.second] = sum.first / sum.second;
    return out;
}

std::map<std::int64_t, std::map<std::int64_t, double>> ResultStore::featuresOn(RunId run, Date day,
                                                                               const std::vector<std::int64_t>& features) {
    const std::vector<Date> days = runDays(run);
    std::map<std::int64_t, std::map<std::int64_t, double>> out;
    const int position = positionFrom(days, day);
    if (position >= static_cast<int>(days.size()) || days[static_cast<std::size_t>(position)] != day) return out;
    forEachBlock(run, position, position + 1, features,
                 [&](std::int64_t feature, std::int64_t institution, int start, std::span<const double> values) {
                     const double v = values[static_cast<std::size_t>(position - start)];
                     if (std::isfinite(v)) out[institution][feature] = v;
                 });
    return out;
}

std::vector<DatedValue> ResultStore::peerMedianSeries(RunId run, const std::string& peerGroup, std::int64_t featureId) {
    auto& s = db_.cached(
        "SELECT day, median FROM peer_feature WHERE run_id = ? AND peer_group = ? AND feature_id = ? ORDER BY day");
    s.bind(1, run.value).bind(2, peerGroup).bind(3, featureId);
    std::vector<DatedValue> out;
    while (s.step()) out.push_back({Date(static_cast<std::int32_t>(s.int64(0))), s.real(1)});
    return out;
}

}  // namespace eagle
