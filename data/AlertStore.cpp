#include "AlertStore.h"

#include "UtcTime.h"

#include <array>

namespace eagle {
namespace {

constexpr std::array<std::string_view, 3> kKindNames{"status", "note", "undo"};

AlertActionKind kindFrom(const std::string& name) {
    for (std::size_t i = 0; i < kKindNames.size(); ++i)
        if (kKindNames[i] == name) return static_cast<AlertActionKind>(i);
    throw StoreError("unknown alert action '" + name + "'");
}

std::optional<AlertStatus> statusColumn(const Statement& s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return alertStatusFrom(s.text(column));
}

std::string allowedList(AlertStatus from) {
    std::string out;
    for (AlertStatus to : nextStatuses(from)) out += (out.empty() ? "" : ", ") + std::string(nameOf(to));
    return out;
}

constexpr const char* kActionColumns = "id, alert_id, at, who, kind, from_status, to_status, note, undoes";

AlertAction readAction(const Statement& s) {
    AlertAction a;
    a.id = s.int64(0);
    a.alertId = s.int64(1);
    a.at = s.text(2);
    a.who = s.text(3);
    a.kind = kindFrom(s.text(4));
    a.from = statusColumn(s, 5);
    a.to = statusColumn(s, 6);
    a.note = s.text(7);
    a.undoes = s.isNull(8) ? 0 : s.int64(8);
    return a;
}

}  // namespace

std::string_view nameOf(AlertActionKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::vector<AlertRecord> AlertStore::records(RunId run) {
    auto& s = db_.cached(std::string("SELECT ") + RuleStore::kAlertColumns +
                         ", r.name, r.version, i.code FROM alert a JOIN rule r ON r.id = a.rule_id "
                         "JOIN institution i ON i.id = a.institution_id WHERE a.run_id = ? "
                         "ORDER BY a.day, a.institution_id, a.rule_id");
    s.bind(1, run.value);
    std::vector<AlertRecord> out;
    while (s.step()) {
        AlertRecord r;
        r.alert = RuleStore::readAlert(s);
        r.rule = s.text(11);
        r.ruleVersion = static_cast<int>(s.int64(12));
        r.institutionCode = s.text(13);
        out.push_back(std::move(r));
    }
    return out;
}

AlertStatus AlertStore::status(std::int64_t alertId) {
    auto& s = db_.cached("SELECT status FROM alert WHERE id = ?");
    s.bind(1, alertId);
    if (!s.step()) throw StoreError("no alert " + std::to_string(alertId));
    const auto status = alertStatusFrom(s.text(0));
    s.reset();
    if (!status) throw StoreError("alert " + std::to_string(alertId) + " has an unknown status");
    return *status;
}

std::int64_t AlertStore::changeStatus(std::int64_t alertId, AlertStatus to, const std::string& who,
                                      const std::string& note) {
    Transaction tx(db_);
    const AlertStatus from = status(alertId);
    if (!canMove(from, to))
        throw StoreError("alert " + std::to_string(alertId) + " is " + std::string(nameOf(from)) +
                         " and cannot move to " + std::string(nameOf(to)) + " (from " + std::string(nameOf(from)) +
                         ": " + allowedList(from) + ")");
    setStatus(alertId, to);
    AlertAction a;
    a.alertId = alertId;
    a.who = who;
    a.kind = AlertActionKind::Status;
    a.from = from;
    a.to = to;
    a.note = note;
    const std::int64_t id = record(a);
    tx.commit();
    return id;
}

std::int64_t AlertStore::addNote(std::int64_t alertId, const std::string& who, const std::string& note) {
    if (note.find_first_not_of(" \t\r\n") == std::string::npos) throw StoreError("an empty note says nothing");
    Transaction tx(db_);
    status(alertId);  // the alert must exist
    AlertAction a;
    a.alertId = alertId;
    a.who = who;
    a.kind = AlertActionKind::Note;
    a.note = note;
    const std::int64_t id = record(a);
    tx.commit();
    return id;
}

std::int64_t AlertStore::undo(std::int64_t actionId, const std::string& who) {
    Transaction tx(db_);
    const auto undone = action(actionId);
    if (!undone) throw StoreError("no alert action " + std::to_string(actionId));
    if (undone->kind == AlertActionKind::Undo) throw StoreError("an undo cannot itself be undone; act again instead");
    auto& already = db_.cached("SELECT count(*) FROM alert_action WHERE undoes = ?");
    already.bind(1, actionId);
    already.step();
    const bool done = already.int64(0) > 0;
    already.reset();
    if (done) throw StoreError("alert action " + std::to_string(actionId) + " was already undone");
    AlertAction a;
    a.alertId = undone->alertId;
    a.who = who;
    a.kind = AlertActionKind::Undo;
    a.undoes = actionId;
    if (undone->kind == AlertActionKind::Status) {
        const AlertStatus now = status(undone->alertId);
        if (now != *undone->to)
            throw StoreError("alert " + std::to_string(undone->alertId) + " has moved on to " +
                             std::string(nameOf(now)) + " since; its change to " + std::string(nameOf(*undone->to)) +
                             " cannot be undone");
        setStatus(undone->alertId, *undone->from);
        a.from = now;
        a.to = undone->from;
    }
    const std::int64_t id = record(a);
    tx.commit();
    return id;
}

std::vector<AlertAction> AlertStore::history(std::int64_t alertId) {
    auto& s = db_.cached(std::string("SELECT ") + kActionColumns + " FROM alert_action WHERE alert_id = ? ORDER BY id");
    s.bind(1, alertId);
    std::vector<AlertAction> out;
    while (s.step()) out.push_back(readAction(s));
    return out;
}

std::vector<AlertAction> AlertStore::notes(std::int64_t alertId) {
    auto& s = db_.cached(std::string("SELECT ") + kActionColumns +
                         " FROM alert_action n WHERE alert_id = ? AND kind = 'note' AND NOT EXISTS "
                         "(SELECT 1 FROM alert_action u WHERE u.undoes = n.id) ORDER BY id");
    s.bind(1, alertId);
    std::vector<AlertAction> out;
    while (s.step()) out.push_back(readAction(s));
    return out;
}

int AlertStore::carryOver(RunId run, const std::string& who) {
    struct Pair {
        std::int64_t now, before;
        AlertStatus status;
    };
    std::vector<Pair> pairs;
    {
        // The latest earlier alert of the same rule name, institution and first day.
        auto& s = db_.cached(
            "SELECT n.id, (SELECT o.id FROM alert o JOIN rule r ON r.id = o.rule_id "
            "               WHERE o.institution_id = n.institution_id AND o.day = n.day AND r.name = nr.name "
            "                 AND o.run_id < n.run_id ORDER BY o.run_id DESC, o.id DESC LIMIT 1) AS before "
            "FROM alert n JOIN rule nr ON nr.id = n.rule_id WHERE n.run_id = ?");
        s.bind(1, run.value);
        std::vector<std::pair<std::int64_t, std::int64_t>> found;
        while (s.step())
            if (!s.isNull(1)) found.push_back({s.int64(0), s.int64(1)});
        for (const auto& [now, before] : found) pairs.push_back({now, before, status(before)});
    }
    int carried = 0;
    for (const Pair& p : pairs) {
        if (p.status != AlertStatus::New) {
            AlertAction move{0, p.now, {}, who, AlertActionKind::Status, AlertStatus::New, p.status,
                             "carried over from alert " + std::to_string(p.before), 0};
            record(move);
            setStatus(p.now, p.status);
            ++carried;
        }
        for (AlertAction note : notes(p.before)) {  // who wrote it and when stay as they were
            note.alertId = p.now;
            note.undoes = 0;
            record(note);
        }
    }
    return carried;
}

std::int64_t AlertStore::record(const AlertAction& a) {
    auto& s = db_.cached(
        "INSERT INTO alert_action(alert_id, at, who, kind, from_status, to_status, note, undoes) "
        "VALUES (?,?,?,?,?,?,?,?)");
    const auto statusName = [](const std::optional<AlertStatus>& st) {
        return st ? std::optional<std::string>(std::string(nameOf(*st))) : std::nullopt;
    };
    s.bind(1, a.alertId).bind(2, a.at.empty() ? nowUtc() : a.at).bind(3, a.who).bind(4, nameOf(a.kind));
    s.bind(5, statusName(a.from)).bind(6, statusName(a.to)).bind(7, a.note);
    s.bind(8, a.undoes ? std::optional<std::int64_t>(a.undoes) : std::nullopt);
    s.run();
    return db_.lastInsertId();
}

void AlertStore::setStatus(std::int64_t alertId, AlertStatus status) {
    auto& s = db_.cached("UPDATE alert SET status = ? WHERE id = ?");
    s.bind(1, nameOf(status)).bind(2, alertId);
    s.run();
}

std::optional<AlertAction> AlertStore::action(std::int64_t actionId) {
    auto& s = db_.cached(std::string("SELECT ") + kActionColumns + " FROM alert_action WHERE id = ?");
    s.bind(1, actionId);
    if (!s.step()) return std::nullopt;
    AlertAction a = readAction(s);
    s.reset();
    return a;
}

}  // namespace eagle
