#include "Keyring.h"

namespace eagle {

Keyring& Keyring::instance() {
    static Keyring keyring;
    return keyring;
}

void Keyring::setPassphraseSource(PassphraseSource source) {
    std::lock_guard lock(mutex_);
    source_ = std::move(source);
}

std::shared_ptr<const WorkspaceKey> Keyring::unlock(const std::string& path, std::string_view passphrase) {
    auto key = WorkspaceKey::unlock(key_header::read(path), passphrase, path);
    add(key);
    return key;
}

std::shared_ptr<const WorkspaceKey> Keyring::require(const std::string& path) {
    const std::vector<unsigned char> header = key_header::read(path);
    if (auto key = find(*key_header::keyIdOf(header))) return key;
    PassphraseSource source;
    {
        std::lock_guard lock(mutex_);
        source = source_;
    }
    for (int attempt = 0;; ++attempt) {
        // Asked without the lock held: the source may wait for a person at a terminal.
        std::optional<SecretBytes> passphrase = source ? source(path, attempt) : std::nullopt;
        if (!passphrase) {
            if (attempt > 0) throw WrongPassphrase(path + ": wrong passphrase");
            throw PassphraseRequired(path + ": the workspace is encrypted; give its passphrase");
        }
        try {
            auto key = WorkspaceKey::unlock(header, passphrase->text(), path);
            add(key);
            return key;
        } catch (const WrongPassphrase&) {
            if (attempt >= 2) throw;
        }
    }
}

bool Keyring::isUnlocked(const std::string& path) {
    try {
        return find(*key_header::keyIdOf(key_header::read(path))) != nullptr;
    } catch (const StoreError&) {
        return false;
    }
}

std::shared_ptr<const WorkspaceKey> Keyring::find(const KeyId& id) {
    std::lock_guard lock(mutex_);
    const auto it = unlocked_.find(id);
    return it == unlocked_.end() ? nullptr : it->second;
}

std::shared_ptr<const WorkspaceKey> Keyring::findInUse(const KeyId& id) {
    if (auto key = find(id)) return key;
    std::lock_guard lock(mutex_);
    const auto it = open_.find(id);
    return it == open_.end() ? nullptr : it->second.lock();
}

void Keyring::add(std::shared_ptr<const WorkspaceKey> key) {
    std::lock_guard lock(mutex_);
    unlocked_[key->id] = std::move(key);
}

void Keyring::forget(const KeyId& id) {
    std::lock_guard lock(mutex_);
    unlocked_.erase(id);
}

void Keyring::forgetAll() {
    std::lock_guard lock(mutex_);
    unlocked_.clear();
}

std::vector<KeyId> Keyring::unlockedIds() {
    std::lock_guard lock(mutex_);
    std::vector<KeyId> ids;
    for (const auto& entry : unlocked_) ids.push_back(entry.first);
    return ids;
}

void Keyring::forgetAllBut(const std::string& path) {
    std::optional<KeyId> keep;
    try {
        if (key_header::isEncrypted(path)) keep = key_header::keyIdOf(key_header::read(path));
    } catch (const StoreError&) {
        // Not readable: nothing of it to keep.
    }
    std::lock_guard lock(mutex_);
    std::erase_if(unlocked_, [&](const auto& entry) { return entry.first != keep; });
}

void Keyring::holdWhileOpen(const std::shared_ptr<const WorkspaceKey>& key) {
    std::lock_guard lock(mutex_);
    std::erase_if(open_, [](const auto& entry) { return entry.second.expired(); });
    open_[key->id] = key;
}

}  // namespace eagle
