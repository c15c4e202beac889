#pragma once
// The workspace keys this process has unlocked, by key id: whoever opens an encrypted workspace
// afterwards (a background job, the CLI's command) finds its key here, so the passphrase is
// asked once, and never travels through settings, arguments or file names. forget() wipes keys.

#include "WorkspaceKey.h"

#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace eagle {

class Keyring {
public:
    static Keyring& instance();

    // Where a passphrase comes from when an encrypted workspace is opened before it was unlocked
    // (the CLI: a file, the environment or the terminal). attempt counts wrong answers so far;
    // nothing means "none to give" (opening then fails with PassphraseRequired or WrongPassphrase).
    using PassphraseSource = std::function<std::optional<SecretBytes>(const std::string& path, int attempt)>;
    void setPassphraseSource(PassphraseSource source);

    // Unlocks the encrypted workspace at path; throws WrongPassphrase.
    std::shared_ptr<const WorkspaceKey> unlock(const std::string& path, std::string_view passphrase);
    // The key of the encrypted workspace at path: unlocked already, or asked for from the
    // passphrase source. Throws PassphraseRequired when there is none, WrongPassphrase.
    std::shared_ptr<const WorkspaceKey> require(const std::string& path);
    bool isUnlocked(const std::string& path);
    std::shared_ptr<const WorkspaceKey> find(const KeyId& id);
    void add(std::shared_ptr<const WorkspaceKey> key);
    // Forgets the keys; files open with them keep theirs until closed.
    void forget(const KeyId& id);
    void forgetAll();
    std::vector<KeyId> unlockedIds();
    // Forgets every key but the one of the encrypted workspace at path (all of them if it is plain).
    void forgetAllBut(const std::string& path);

    // For the encrypting VFS: a key stays findable by the files of a connection that opened with
    // it, even if forgotten meanwhile (its write-ahead log is opened later, with the same key);
    // a new connection needs the key unlocked.
    void holdWhileOpen(const std::shared_ptr<const WorkspaceKey>& key);
    std::shared_ptr<const WorkspaceKey> findInUse(const KeyId& id);

private:
    Keyring() = default;
    std::mutex mutex_;
    std::map<KeyId, std::shared_ptr<const WorkspaceKey>> unlocked_;
    std::map<KeyId, std::weak_ptr<const WorkspaceKey>> open_;
    PassphraseSource source_;
};

}  // namespace eagle
