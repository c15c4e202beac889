#include "RuleStore.h"

#include "AuditLog.h"
#include "UtcTime.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace eagle {
namespace {

void appendJsonString(std::string& out, const std::string& s) {
    out += '"';
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += c;
        }
    }
    out += '"';
}

StoredRule readRule(Statement& s) {
    return {s.int64(0),      s.text(1), s.text(2), s.text(3),
            s.int64(4) != 0, s.text(5), s.text(6), static_cast<int>(s.int64(7))};
}

}  // namespace

std::int64_t RuleStore::saveRule(const std::string& name, const std::string& text, const std::string& severity,
                                 const std::string& author, bool enabledIfNew) {
    auto& latest =
        db_.cached("SELECT id, text, version, enabled FROM rule WHERE name = ? ORDER BY version DESC LIMIT 1");
    latest.bind(1, name);
    int version = 1;
    bool enabled = enabledIfNew;
    if (latest.step()) {
        const std::int64_t id = latest.int64(0);
        const bool same = latest.text(1) == text;
        version = static_cast<int>(latest.int64(2)) + 1;
        enabled = latest.int64(3) != 0;
        latest.reset();
        if (same) return id;
    }
    std::optional<Transaction> tx;  // the version and its audit entry together
    if (!db_.inTransaction()) tx.emplace(db_);
    auto& insert =
        db_.cached("INSERT INTO rule(name, text, severity, enabled, author, created, version) VALUES (?,?,?,?,?,?,?)");
    insert.bind(1, name).bind(2, text).bind(3, severity).bind(4, enabled ? 1 : 0).bind(5, author).bind(6, nowUtc());
    insert.bind(7, version);
    insert.run();
    const std::int64_t id = db_.lastInsertId();
    AuditLog(db_).record("rule_saved", name, "version " + std::to_string(version) + ", severity " + severity +
                                                 (author.empty() ? "" : ", author " + author));
    if (tx) tx->commit();
    return id;
}

void RuleStore::setEnabled(std::int64_t ruleId, bool enabled) {
    const auto before = rule(ruleId);
    if (!before || before->enabled == enabled) return;
    std::optional<Transaction> tx;  // the change and its audit entry together
    if (!db_.inTransaction()) tx.emplace(db_);
    auto& s = db_.cached("UPDATE rule SET enabled = ? WHERE id = ?");
    s.bind(1, enabled ? 1 : 0).bind(2, ruleId);
    s.run();
    AuditLog(db_).record(enabled ? "rule_enabled" : "rule_disabled", before->name,
                         "version " + std::to_string(before->version));
    if (tx) tx->commit();
}

bool RuleStore::removeVersion(std::int64_t ruleId) {
    auto& used = db_.cached("SELECT EXISTS (SELECT 1 FROM alert WHERE rule_id = ?)");
    used.bind(1, ruleId);
    used.step();
    const bool referenced = used.int64(0) != 0;
    used.reset();
    if (referenced) return false;
    const auto removed = rule(ruleId);
    if (!removed) return true;
    // The audit log is append-only: the version leaves the rule table, its saving stays in the
    // log, and this entry says it was taken back.
    std::optional<Transaction> tx;
    if (!db_.inTransaction()) tx.emplace(db_);
    auto& s = db_.cached("DELETE FROM rule WHERE id = ?");
    s.bind(1, ruleId);
    s.run();
    AuditLog(db_).record("rule_removed", removed->name, "version " + std::to_string(removed->version));
    if (tx) tx->commit();
    return true;
}

std::vector<StoredRule> RuleStore::rules() {
    auto& s = db_.cached(
        "SELECT id, name, text, severity, enabled, author, created, version FROM rule r "
        "WHERE version = (SELECT max(version) FROM rule WHERE name = r.name) ORDER BY name");
    std::vector<StoredRule> out;
    while (s.step()) out.push_back(readRule(s));
    return out;
}

std::optional<StoredRule> RuleStore::rule(std::int64_t id) {
    auto& s = db_.cached("SELECT id, name, text, severity, enabled, author, created, version FROM rule WHERE id = ?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    StoredRule r = readRule(s);
    s.reset();
    return r;
}

std::vector<StoredRule> RuleStore::versions(const std::string& name) {
    auto& s = db_.cached(
        "SELECT id, name, text, severity, enabled, author, created, version FROM rule WHERE name = ? "
        "ORDER BY version DESC");
    s.bind(1, name);
    std::vector<StoredRule> out;
    while (s.step()) out.push_back(readRule(s));
    return out;
}

std::int64_t RuleStore::addAlert(const Alert& a) {
    auto& s = db_.cached(
        "INSERT INTO alert(run_id, rule_id, institution_id, day, end_day, severity, message, evidence, status, "
        "created) VALUES (?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, a.run.value).bind(2, a.ruleId).bind(3, a.institution.value).bind(4, a.day.daysSinceEpoch());
    s.bind(5, a.endDay.daysSinceEpoch()).bind(6, a.severity).bind(7, a.message).bind(8, evidenceJson(a.evidence));
    s.bind(9, a.status).bind(10, a.created.empty() ? nowUtc() : a.created);
    s.run();
    return db_.lastInsertId();
}

std::vector<Alert> RuleStore::alerts(RunId run) {
    auto& s = db_.cached(std::string("SELECT ") + kAlertColumns +
                         " FROM alert a WHERE run_id = ? ORDER BY day, institution_id, rule_id");
    s.bind(1, run.value);
    std::vector<Alert> out;
    while (s.step()) out.push_back(readAlert(s));
    return out;
}

Alert RuleStore::readAlert(const Statement& s) {
    Alert a;
    a.id = s.int64(0);
    a.run = RunId(s.int64(1));
    a.ruleId = s.int64(2);
    a.institution = InstitutionId(s.int64(3));
    a.day = Date(static_cast<std::int32_t>(s.int64(4)));
    a.endDay = Date(static_cast<std::int32_t>(s.int64(5)));
    a.severity = s.text(6);
    a.message = s.text(7);
    a.evidence = parseEvidenceJson(s.text(8));
    a.status = s.text(9);
    a.created = s.text(10);
    return a;
}

std::string RuleStore::evidenceJson(const std::vector<std::pair<std::string, double>>& evidence) {
    std::string out = "{";
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        if (i) out += ',';
        appendJsonString(out, evidence[i].first);
        out += ':';
        const double v = evidence[i].second;
        if (!std::isfinite(v)) {
            out += "null";
        } else {
            char buf[32];
            const auto r = std::to_chars(buf, buf + sizeof buf, v);
            out.append(buf, r.ptr);
        }
    }
    return out + "}";
}

// Reads back exactly what evidenceJson writes: a flat object of string keys and numbers or null.
std::vector<std::pair<std::string, double>> RuleStore::parseEvidenceJson(const std::string& json) {
    std::vector<std::pair<std::string, double>> out;
    std::size_t i = json.find('{');
    if (i == std::string::npos) return out;
    ++i;
    while (i < json.size()) {
        const std::size_t q = json.find('"', i);
        if (q == std::string::npos) break;
        std::string key;
        std::size_t k = q + 1;
        for (; k < json.size() && json[k] != '"'; ++k) {
            if (json[k] == '\\' && k + 1 < json.size()) ++k;
            key += json[k];
        }
        const std::size_t colon = json.find(':', k);
        if (colon == std::string::npos) break;
        std::size_t v = colon + 1;
        while (v < json.size() && json[v] == ' ') ++v;
        double value = std::numeric_limits<double>::quiet_NaN();
        if (json.compare(v, 4, "null") != 0) std::from_chars(json.data() + v, json.data() + json.size(), value);
        out.emplace_back(std::move(key), value);
        const std::size_t comma = json.find(',', v);
        if (comma == std::string::npos) break;
        i = comma + 1;
    }
    return out;
}

}  // namespace eagle
