#include "AuditLog.h"

#include "Database.h"
#include "UtcTime.h"

#include <openssl/evp.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace eagle {

std::int64_t AuditLog::record(const std::string& action, const std::string& target, const std::string& detail) {
    // Reading the last hash and appending must not interleave with another writer's append.
    std::optional<Transaction> own;
    if (!db_.inTransaction()) own.emplace(db_);
    AuditEntry e;
    e.at = nowUtc();
    e.who = currentUser();
    e.action = action;
    e.target = target;
    e.detail = detail;
    auto& last = db_.cached("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    e.hash = hashOf(last.step() ? last.text(0) : std::string(), e);
    last.reset();
    auto& s = db_.cached("INSERT INTO audit_log(at, who, action, target, detail, hash) VALUES (?,?,?,?,?,?)");
    s.bind(1, e.at).bind(2, e.who).bind(3, e.action).bind(4, e.target).bind(5, e.detail).bind(6, e.hash);
    s.run();
    const std::int64_t id = db_.lastInsertId();
    if (own) own->commit();
    return id;
}

std::vector<AuditEntry> AuditLog::entries() {
    std::vector<AuditEntry> out;
    Statement s = db_.prepare("SELECT id, at, who, action, target, detail, hash FROM audit_log ORDER BY id");
    while (s.step()) out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    return out;
}

std::optional<std::int64_t> AuditLog::firstBrokenEntry() {
    std::string previous;
    for (const AuditEntry& e : entries()) {
        if (hashOf(previous, e) != e.hash) return e.id;
        previous = e.hash;
    }
    return std::nullopt;
}

void AuditLog::recordIn(const std::string& workspace, const std::string& action, const std::string& target,
                        const std::string& detail) {
    Database db(workspace, Database::Mode::ReadWrite);
    if (db.readOnly()) throw StoreError(workspace + ": the workspace file is read-only, so this cannot be recorded");
    db.exec("PRAGMA busy_timeout = 5000");
    Transaction tx(db);
    AuditLog(db).record(action, target, detail);
    tx.commit();
}

std::string AuditLog::currentUser() {
    const uid_t uid = geteuid();
    std::string buffer(16384, '\0');
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return found->pw_name;
    return "uid " + std::to_string(uid);  // a user without a name in the password database
}

std::string AuditLog::hashOf(const std::string& previousHash, const AuditEntry& e) {
    // Fields separated by a byte that no field holds as text, so that no two entries hash alike.
    std::string text = previousHash;
    for (const std::string* field : {&e.at, &e.who, &e.action, &e.target, &e.detail}) text += '\x1f' + *field;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw StoreError("cannot compute the audit log's SHA-256");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) hex += kHex[digest[i] >> 4], hex += kHex[digest[i] & 15];
    return hex;
}

}  // namespace eagle
