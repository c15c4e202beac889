#pragma once
// The key of an encrypted workspace and the header that keeps it: the first 4096 bytes of the
// file, which the encrypting VFS hides from SQLite. A random data key encrypts the workspace; the
// header keeps it wrapped (AES-256-GCM) under a key derived from the passphrase with scrypt, so a
// new passphrase rewrites the header, never the data, and a wrong passphrase fails the wrap's
// authentication tag: a clear refusal, never garbage. The header's other fields are the tag's
// additional data, so its KDF cost cannot be lowered behind the user's back.

#include "Database.h"
#include "SecretBytes.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eagle {

// The file is encrypted but no passphrase was given for it.
class PassphraseRequired : public StoreError {
public:
    using StoreError::StoreError;
};

// The passphrase given does not open the file (or its key header is damaged).
class WrongPassphrase : public StoreError {
public:
    using StoreError::StoreError;
};

// scrypt's cost: N = 2^log2N, r, p. The default takes 128 MiB and about half a second, once per
// unlock: the guessing cost of every candidate passphrase, memory-hard against GPUs (OWASP 2023).
struct KdfCost {
    std::uint32_t log2N = 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

using KeyId = std::array<unsigned char, 16>;

// An unlocked workspace key: the data key and what is needed to write a header for it.
struct WorkspaceKey {
    KeyId id{};                 // names the data key (an HMAC of it), not secret
    SecretBytes dataKey;        // UnitCipher::kKeyBytes
    SecretBytes wrappingKey;    // scrypt(passphrase, salt), 32 bytes
    std::array<unsigned char, 32> salt{};
    KdfCost cost;

    // A new random data key under a new passphrase.
    static std::shared_ptr<const WorkspaceKey> create(std::string_view passphrase, KdfCost cost = {});
    // A new random data key wrapped under the same passphrase as this one (for a workspace
    // that replaces an encrypted one): no passphrase needed, no scrypt run.
    std::shared_ptr<const WorkspaceKey> sibling() const;
    // The same data key under a new passphrase.
    std::shared_ptr<const WorkspaceKey> withPassphrase(std::string_view passphrase, KdfCost cost = {}) const;
    // Throws WrongPassphrase.
    static std::shared_ptr<const WorkspaceKey> unlock(const std::vector<unsigned char>& header, std::string_view passphrase,
                                                      const std::string& path);
};

namespace key_header {

inline constexpr std::size_t kBytes = 4096;

// True when the file starts with an encrypted workspace's header (false if it cannot be read).
bool isEncrypted(const std::string& path);
// The header's bytes; throws StoreError when the file is not an encrypted workspace.
std::vector<unsigned char> read(const std::string& path);
// The id of the key that a header wraps; nothing if the bytes are not a header of this format.
std::optional<KeyId> keyIdOf(std::span<const unsigned char> header);
// A header for the key, the data key wrapped afresh (a new nonce every time).
std::vector<unsigned char> make(const WorkspaceKey& key);
// Creates path (which must not exist) holding only the header: an empty encrypted database.
void createFile(const std::string& path, const WorkspaceKey& key);
std::string hex(const KeyId& id);

}  // namespace key_header
}  // namespace eagle
