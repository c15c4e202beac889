#include "ResultStore.h"

#include <ctime>
#include <unordered_map>

namespace eagle {
namespace {
std::string nowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}
}  // namespace

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

void ResultStore::writeFeature(RunId run, std::int64_t featureId, InstitutionId institution, Date day, double value) {
    auto& s = db_.cached("INSERT INTO feature(run_id, feature_id, institution_id, day, value) VALUES (?,?,?,?,?)");
    s.bind(1, run.value).bind(2, featureId).bind(3, institution.value).bind(4, day.daysSinceEpoch()).bind(5, value);
    s.run();
}

void ResultStore::writePeerMedian(RunId run, const std::string& peerGroup, std::int64_t featureId, Date day,
                                  double median) {
    auto& s = db_.cached(
        "INSERT INTO peer_feature(run_id, peer_group, feature_id, day, median) VALUES (?,?,?,?,?)");
    s.bind(1, run.value).bind(2, peerGroup).bind(3, featureId).bind(4, day.daysSinceEpoch()).bind(5, median);
    s.run();
}

FeatureMatrix ResultStore::featureMatrix(RunId run, std::int64_t featureId) {
    FeatureMatrix m;
    auto& rows = db_.cached("SELECT id FROM institution ORDER BY id");
    while (rows.step()) m.institutions.push_back(InstitutionId(rows.int64(0)));
    auto& days = db_.cached("SELECT DISTINCT day FROM feature WHERE run_id = ? ORDER BY day");
    days.bind(1, run.value);
    while (days.step()) m.days.push_back(Date(static_cast<std::int32_t>(days.int64(0))));

    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t i = 0; i < m.institutions.size(); ++i) rowOf[m.institutions[i].value] = i;
    std::unordered_map<std::int32_t, std::size_t> colOf;
    for (std::size_t j = 0; j < m.days.size(); ++j) colOf[m.days[j].daysSinceEpoch()] = j;
    m.values.assign(m.institutions.size() * m.days.size(), std::numeric_limits<double>::quiet_NaN());

    auto& s = db_.cached("SELECT institution_id, day, value FROM feature WHERE run_id = ? AND feature_id = ?");
    s.bind(1, run.value).bind(2, featureId);
    while (s.step()) {
        const auto r = rowOf.find(s.int64(0));
        const auto c = colOf.find(static_cast<std::int32_t>(s.int64(1)));
        if (r != rowOf.end() && c != colOf.end()) m.values[r->second * m.days.size() + c->second] = s.real(2);
    }
    return m;
}

std::map<std::int64_t, std::vector<DatedValue>> ResultStore::institutionSeries(RunId run, InstitutionId institution) {
    std::map<std::int64_t, std::vector<DatedValue>> out;
    auto& s = db_.cached(
        "SELECT feature_id, day, value FROM feature WHERE run_id = ? AND feature_id = ? AND institution_id = ? "
        "ORDER BY day");
    for (const FeatureDef& def : featureDefs()) {
        s.reset();
        s.bind(1, run.value).bind(2, def.id).bind(3, institution.value);
        auto& series = out[def.id];
        while (s.step()) series.push_back({Date(static_cast<std::int32_t>(s.int64(1))), s.real(2)});
    }
    return out;
}

std::map<std::int64_t, std::map<std::int64_t, double>> ResultStore::featureMeans(RunId run, Date from) {
    auto& s = db_.cached(
        "SELECT institution_id, feature_id, avg(value) FROM feature WHERE run_id = ? AND day >= ? "
        "GROUP BY institution_id, feature_id");
    s.bind(1, run.value).bind(2, from.daysSinceEpoch());
    std::map<std::int64_t, std::map<std::int64_t, double>> out;
    while (s.step()) out[s.int64(0)][s.int64(1)] = s.real(2);
    return out;
}

std::map<std::int64_t, std::map<std::int64_t, double>> ResultStore::featuresOn(RunId run, Date day) {
    auto& s = db_.cached("SELECT institution_id, feature_id, value FROM feature WHERE run_id = ? AND day = ?");
    s.bind(1, run.value).bind(2, day.daysSinceEpoch());
    std::map<std::int64_t, std::map<std::int64_t, double>> out;
    while (s.step()) out[s.int64(0)][s.int64(1)] = s.real(2);
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
