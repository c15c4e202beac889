#include "WorkspaceProtection.h"

#include "AuditLog.h"
#include "Database.h"
#include "Keyring.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <sqlite3.h>

namespace eagle {
namespace {

// The key derivation's cost, for the audit entry (parameters only, never the passphrase or a key).
std::string costOf(const KdfCost& c) {
    return "scrypt N=2^" + std::to_string(c.log2N) + " r=" + std::to_string(c.r) + " p=" + std::to_string(c.p);
}

// Copies the workspace page by page (SQLite's online backup: a consistent snapshot, its log
// included) into a new file, encrypted under key or plain without one, and puts it in its place.
// The audit entry (action, detail) goes into the new file, so that it is there exactly when the
// change is: both arrive with the rename.
void rewrite(const std::string& path, const std::shared_ptr<const WorkspaceKey>& key, const char* step,
             const ProgressCallback& progress, const std::string& action, const std::string& detail) {
    // An EagleEye workspace of this version (migrated if older), or a clear refusal.
    Store::open(path);
    replaceWorkspaceFile(path, [&](const std::string& partial) {
        if (key) {
            key_header::createFile(partial, *key);
            Keyring::instance().add(key);
        }
        Database source(path, Database::Mode::ReadWrite);
        Database target(partial, Database::Mode::Create);
        // The new file is synced and renamed into place only once complete: no journal needed.
        target.exec("PRAGMA journal_mode = OFF");
        target.exec("PRAGMA synchronous = OFF");
        sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
        if (!backup) throw StoreError(partial + ": cannot copy the workspace: " + sqlite3_errmsg(target.handle()));
        // In steps of 4 MiB (at 16 KiB pages), for the progress shown.
        int stepped = SQLITE_OK, waits = 0;
        while (stepped == SQLITE_OK || ((stepped == SQLITE_BUSY || stepped == SQLITE_LOCKED) && ++waits < 250)) {
            if (stepped != SQLITE_OK) sqlite3_sleep(20);  // another connection is writing: wait for it
            stepped = sqlite3_backup_step(backup, 256);
            if (progress && sqlite3_backup_pagecount(backup) > 0)
                progress(1.0 - double(sqlite3_backup_remaining(backup)) / sqlite3_backup_pagecount(backup), step);
        }
        const int finished = sqlite3_backup_finish(backup);
        if (stepped != SQLITE_DONE || finished != SQLITE_OK)
            throw StoreError(partial + ": cannot copy the workspace: " + sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
        AuditLog(target).record(action, path, detail);
        target.exec("PRAGMA journal_mode = WAL");
    });
}

}  // namespace

void encryptWorkspace(const std::string& path, std::string_view passphrase, KdfCost cost, const ProgressCallback& progress) {
    if (key_header::isEncrypted(path))
        throw StoreError(path + ": the workspace is encrypted already (to change its passphrase, use passwd)");
    rewrite(path, WorkspaceKey::create(passphrase, cost), "Encrypting", progress, "encrypt",
            "AES-256-XTS under a new random key, wrapped with AES-256-GCM under " + costOf(cost) + " of the passphrase");
}

void decryptWorkspace(const std::string& path, const ProgressCallback& progress) {
    if (!key_header::isEncrypted(path)) throw StoreError(path + ": the workspace is not encrypted");
    rewrite(path, nullptr, "Decrypting", progress, "decrypt", "stored unencrypted from now on");
}

void changePassphrase(const std::string& path, std::string_view current, std::string_view next, KdfCost cost,
                      const ProgressCallback& progress) {
    // The current passphrase is checked even when the key is unlocked: whoever changes it knows it.
    const auto key = WorkspaceKey::unlock(key_header::read(path), current, path);
    Keyring::instance().add(key);
    changePassphrase(path, *key, next, cost, progress);
}

void changePassphrase(const std::string& path, const WorkspaceKey& current, std::string_view next, KdfCost cost,
                      const ProgressCallback& progress) {
    if (key_header::keyIdOf(key_header::read(path)) != current.id)
        throw StoreError(path + ": the key given is not this workspace's");
    rewrite(path, current.withPassphrase(next, cost), "Rewriting", progress, "passphrase_changed",
            "the same data key, wrapped under " + costOf(cost) + " of the new passphrase");
}

}  // namespace eagle
