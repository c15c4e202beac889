#include "LearningStore.h"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <sstream>

namespace eagle {

std::string LearningStore::joinNames(const std::vector<std::string>& names) {
    std::string s;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k) s += ',';
        s += names[k];
    }
    return s;
}

std::vector<std::string> LearningStore::splitNames(const std::string& text) {
    std::vector<std::string> names;
    std::stringstream s(text);
    for (std::string name; std::getline(s, name, ',');) names.push_back(name);
    return names;
}

std::string LearningStore::joinNumbers(const std::vector<double>& values) {
    std::string s;
    char buffer[32];
    for (std::size_t k = 0; k < values.size(); ++k) {
        std::snprintf(buffer, sizeof buffer, "%.17g", values[k]);
        if (k) s += ',';
        s += buffer;
    }
    return s;
}

std::vector<double> LearningStore::splitNumbers(const std::string& text) {
    std::vector<double> values;
    for (const std::string& item : splitNames(text)) values.push_back(std::strtod(item.c_str(), nullptr));
    return values;
}

std::int64_t LearningStore::saveModel(const StoredModel& m) {
    auto& s = db_.cached(
        "INSERT INTO model (run_id, kind, features, scaling, hyper, seed, weights, metrics, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    s.bind(1, m.run.value)
        .bind(2, m.kind)
        .bind(3, joinNames(m.features))
        .bind(4, joinNumbers(m.centre) + ";" + joinNumbers(m.spread))
        .bind(5, m.hyper)
        .bind(6, static_cast<std::int64_t>(m.seed))
        .bindBlob(7, m.weights.data(), m.weights.size() * sizeof(float))
        .bind(8, m.metrics)
        .bind(9, m.created);
    s.run();
    return db_.lastInsertId();
}

std::optional<StoredModel> LearningStore::latestModel(const std::string& kind) {
    auto& s = db_.cached(
        "SELECT m.id, m.run_id, m.kind, m.features, m.scaling, m.hyper, m.seed, m.weights, m.metrics, m.created "
        "FROM model m JOIN run r ON r.id = m.run_id WHERE m.kind = ? AND r.status = 'done' ORDER BY m.id DESC LIMIT 1");
    s.bind(1, kind);
    if (!s.step()) return std::nullopt;
    StoredModel m;
    m.id = s.int64(0);
    m.run = RunId(s.int64(1));
    m.kind = s.text(2);
    m.features = splitNames(s.text(3));
    const std::string scaling = s.text(4);
    const auto split = scaling.find(';');
    m.centre = splitNumbers(scaling.substr(0, split));
    m.spread = split == std::string::npos ? std::vector<double>{} : splitNumbers(scaling.substr(split + 1));
    m.hyper = s.text(5);
    m.seed = static_cast<std::uint64_t>(s.int64(6));
    const std::span<const std::byte> bytes = s.blob(7);
    m.weights.resize(bytes.size() / sizeof(float));
    std::memcpy(m.weights.data(), bytes.data(), m.weights.size() * sizeof(float));
    m.metrics = s.text(8);
    m.created = s.text(9);
    s.reset();
    return m;
}

void LearningStore::writeWarnings(RunId run, const std::vector<WarningScore>& scores) {
    auto& s = db_.cached("INSERT INTO warning (run_id, institution_id, day, score) VALUES (?, ?, ?, ?)");
    for (const WarningScore& w : scores) {
        s.bind(1, run.value).bind(2, w.institution.value).bind(3, w.day.daysSinceEpoch()).bind(4, w.score);
        s.run();
    }
}

std::vector<WarningScore> LearningStore::warnings(RunId run) {
    auto& s =
        db_.cached("SELECT institution_id, day, score FROM warning WHERE run_id = ? ORDER BY institution_id, day");
    s.bind(1, run.value);
    std::vector<WarningScore> out;
    while (s.step()) out.push_back({InstitutionId(s.int64(0)), Date(static_cast<std::int32_t>(s.int64(1))), s.real(2)});
    return out;
}

std::vector<WarningScore> LearningStore::warningsOf(RunId run, InstitutionId institution) {
    auto& s = db_.cached("SELECT day, score FROM warning WHERE run_id = ? AND institution_id = ? ORDER BY day");
    s.bind(1, run.value).bind(2, institution.value);
    std::vector<WarningScore> out;
    while (s.step()) out.push_back({institution, Date(static_cast<std::int32_t>(s.int64(0))), s.real(1)});
    return out;
}

std::vector<WarningScore> LearningStore::warningsAsOf(RunId run, Date day, int lookback) {
    auto& s = db_.cached(
        "SELECT w.institution_id, w.day, w.score FROM warning w JOIN (SELECT institution_id, MAX(day) AS last "
        "FROM warning WHERE run_id = ?1 AND day <= ?2 AND day >= ?3 GROUP BY institution_id) l "
        "ON l.institution_id = w.institution_id AND l.last = w.day WHERE w.run_id = ?1 ORDER BY w.institution_id");
    s.bind(1, run.value).bind(2, day.daysSinceEpoch()).bind(3, day.daysSinceEpoch() - lookback);
    std::vector<WarningScore> out;
    while (s.step()) out.push_back({InstitutionId(s.int64(0)), Date(static_cast<std::int32_t>(s.int64(1))), s.real(2)});
    return out;
}

void LearningStore::writeClusters(RunId run, const std::vector<StoredCluster>& clusters,
                                  const std::vector<ClusterMembership>& members) {
    auto& c = db_.cached("INSERT INTO cluster (run_id, cluster, name, size, distinguishing) VALUES (?, ?, ?, ?, ?)");
    for (const StoredCluster& k : clusters) {
        c.bind(1, run.value).bind(2, k.cluster).bind(3, k.name).bind(4, k.size).bind(5, k.distinguishing);
        c.run();
    }
    auto& m = db_.cached(
        "INSERT INTO cluster_member (run_id, institution_id, cluster, distance, pc1, pc2, peers, moved_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const ClusterMembership& x : members) {
        std::string peers;
        for (std::size_t k = 0; k < x.peers.size(); ++k) {
            if (k) peers += ',';
            peers += std::to_string(x.peers[k].value);
        }
        m.bind(1, run.value).bind(2, x.institution.value).bind(3, x.cluster).bind(4, x.distance).bind(5, x.pc1);
        m.bind(6, x.pc2).bind(7, peers);
        if (x.movedOn)
            m.bind(8, static_cast<std::int64_t>(x.movedOn->daysSinceEpoch()));
        else
            m.bindNull(8);
        m.run();
    }
}

std::vector<StoredCluster> LearningStore::clusters(RunId run) {
    auto& s = db_.cached("SELECT cluster, name, size, distinguishing FROM cluster WHERE run_id = ? ORDER BY cluster");
    s.bind(1, run.value);
    std::vector<StoredCluster> out;
    while (s.step()) out.push_back({static_cast<int>(s.int64(0)), s.text(1), static_cast<int>(s.int64(2)), s.text(3)});
    return out;
}

std::vector<ClusterMembership> LearningStore::clusterMembers(RunId run) {
    auto& s = db_.cached(
        "SELECT institution_id, cluster, distance, pc1, pc2, peers, moved_on FROM cluster_member WHERE run_id = ? "
        "ORDER BY institution_id");
    s.bind(1, run.value);
    std::vector<ClusterMembership> out;
    while (s.step()) {
        ClusterMembership x;
        x.institution = InstitutionId(s.int64(0));
        x.cluster = static_cast<int>(s.int64(1));
        x.distance = s.real(2);
        x.pc1 = s.real(3);
        x.pc2 = s.real(4);
        for (const std::string& id : splitNames(s.text(5))) x.peers.push_back(InstitutionId(std::stoll(id)));
        if (!s.isNull(6)) x.movedOn = Date(static_cast<std::int32_t>(s.int64(6)));
        out.push_back(std::move(x));
    }
    return out;
}

}  // namespace eagle
