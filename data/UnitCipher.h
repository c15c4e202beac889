#pragma once
// Length-preserving encryption of one unit (up to 4096 bytes) of an encrypted workspace's files.
// Whole 16-byte blocks: AES-256-XTS (IEEE 1619), the unit's number and the file's domain as the
// tweak. A last block shorter than 16 bytes (only at the end of a write-ahead log or journal,
// never in the database, whose size is a multiple of its page size): XTS would need ciphertext
// stealing, which makes the previous block depend on the bytes after it, so that appending to the
// file would rewrite bytes already written; instead it is XORed with AES-256 of (domain, unit,
// block) under a separate key. Each byte's ciphertext then depends only on its own block and
// place, so rewriting a unit changes nothing outside the bytes written (docs/reliability.md).

#include <cstddef>
#include <cstdint>
#include <span>

struct evp_cipher_ctx_st;

namespace eagle {

class UnitCipher {
public:
    static constexpr std::size_t kUnitBytes = 4096;
    // XTS key 1 and key 2 (32 bytes each), then the key for short last blocks (32 bytes).
    static constexpr std::size_t kKeyBytes = 96;

    // domain separates the files of one workspace (database, log, journal) that share the key.
    UnitCipher(std::span<const unsigned char> key, std::uint64_t domain);
    ~UnitCipher();
    UnitCipher(const UnitCipher&) = delete;
    UnitCipher& operator=(const UnitCipher&) = delete;

    // In place; length is the unit's size in the file (1..kUnitBytes; less only for a file's last unit).
    void encrypt(std::uint64_t unit, unsigned char* data, std::size_t length);
    void decrypt(std::uint64_t unit, unsigned char* data, std::size_t length);

private:
    void run(evp_cipher_ctx_st* xts, std::uint64_t unit, unsigned char* data, std::size_t length);
    std::uint64_t domain_;
    evp_cipher_ctx_st* encrypt_ = nullptr;
    evp_cipher_ctx_st* decrypt_ = nullptr;
    evp_cipher_ctx_st* tail_ = nullptr;
};

}  // namespace eagle
