#pragma once
// The workspace's audit log: who (the operating-system user) did what and when (UTC) — imports,
// rule changes, exports, stress tests, encryption and passphrase changes. Append-only: the table
// refuses updates and deletes, and every entry carries a SHA-256 over its content and the
// previous entry's hash, so an entry changed or removed behind EagleEye's back shows as a broken
// chain (docs/reliability.md says what this does and does not prove). Entries never hold secrets:
// names, counts and parameters only.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

class Database;

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;      // ISO 8601 UTC
    std::string who;     // operating-system user
    std::string action;  // import | rule_saved | rule_enabled | rule_disabled | rule_removed | export | stress_test
                         // | encrypt | decrypt | passphrase_changed
    std::string target;  // the file, table, rule or institution acted on
    std::string detail;  // counts and options, for people
    std::string hash;    // hex SHA-256 of the previous hash and this entry
};

class AuditLog {
public:
    explicit AuditLog(Database& db) : db_(db) {}

    // Appends an entry in the caller's transaction (or its own if there is none); returns its id.
    std::int64_t record(const std::string& action, const std::string& target, const std::string& detail);
    std::vector<AuditEntry> entries();
    // The id of the first entry whose hash does not follow from its content and the entry before
    // it; nothing when the chain is whole.
    std::optional<std::int64_t> firstBrokenEntry();

    // For work that reads the workspace through a read-only connection (exports, stress tests):
    // opens it for writing just to append. Throws StoreError when the file cannot be written.
    static void recordIn(const std::string& workspace, const std::string& action, const std::string& target,
                         const std::string& detail);
    // The user this process runs as, by user id (not by $USER, which anyone can set).
    static std::string currentUser();
    static std::string hashOf(const std::string& previousHash, const AuditEntry& entry);

private:
    Database& db_;
};

}  // namespace eagle
