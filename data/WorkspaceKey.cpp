#include "WorkspaceKey.h"

#include "UnitCipher.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace eagle {
namespace {

// Layout of the header (little-endian integers), the rest of its 4096 bytes zero:
//   0 magic (16)  16 format version  20 unit bytes  24 header bytes  28 KDF (1 = scrypt)
//  32 log2 N  36 r  40 p  44 reserved  48 salt (32)  80 GCM nonce (12)  92 wrapped data key (96)
// 188 GCM tag (16)  204 key id (16)
// Bytes 0..80 are the wrap's additional authenticated data.
constexpr unsigned char kMagic[16] = {'E', 'a', 'g', 'l', 'e', 'E', 'y', 'e', ' ', 'c', 'r', 'y', 'p', 't', 0, 0};
constexpr std::uint32_t kFormat = 1;
constexpr std::uint32_t kScrypt = 1;
constexpr std::size_t kSalt = 48, kNonce = 80, kWrapped = 92, kTag = 188, kId = 204, kAad = 80;
constexpr std::size_t kNonceBytes = 12, kTagBytes = 16, kWrappingKeyBytes = 32;

void put32(unsigned char* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

std::uint32_t get32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

void randomBytes(unsigned char* out, std::size_t n) {
    if (RAND_bytes(out, static_cast<int>(n)) != 1) throw StoreError("no random numbers from the system (OpenSSL)");
}

// A tampered header must not make an unlock take minutes or gigabytes before its tag fails.
bool plausible(const KdfCost& c) { return c.log2N >= 10 && c.log2N <= 22 && c.r >= 1 && c.r <= 32 && c.p >= 1 && c.p <= 16; }

SecretBytes deriveWrappingKey(std::string_view passphrase, const std::array<unsigned char, 32>& salt, const KdfCost& c) {
    SecretBytes key(kWrappingKeyBytes);
    const std::uint64_t n = std::uint64_t(1) << c.log2N;
    const std::uint64_t memory = 128 * std::uint64_t(c.r) * (n + c.p + 2) + (1 << 20);
    if (EVP_PBE_scrypt(passphrase.data(), passphrase.size(), salt.data(), salt.size(), n, c.r, c.p, memory, key.data(),
                       key.size()) != 1)
        throw StoreError("cannot derive the key from the passphrase (scrypt, OpenSSL; out of memory?)");
    return key;
}

KeyId idOf(const SecretBytes& dataKey) {
    static constexpr char kLabel[] = "EagleEye workspace key id";
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), dataKey.data(), static_cast<int>(dataKey.size()),
              reinterpret_cast<const unsigned char*>(kLabel), sizeof kLabel - 1, mac, &length))
        throw StoreError("HMAC-SHA256 failed (OpenSSL)");
    KeyId id;
    std::copy_n(mac, id.size(), id.begin());
    return id;
}

std::vector<unsigned char> fieldsOf(const WorkspaceKey& key) {
    std::vector<unsigned char> h(key_header::kBytes, 0);
    std::memcpy(h.data(), kMagic, sizeof kMagic);
    put32(&h[16], kFormat);
    put32(&h[20], UnitCipher::kUnitBytes);
    put32(&h[24], key_header::kBytes);
    put32(&h[28], kScrypt);
    put32(&h[32], key.cost.log2N);
    put32(&h[36], key.cost.r);
    put32(&h[40], key.cost.p);
    std::copy(key.salt.begin(), key.salt.end(), &h[kSalt]);
    return h;
}

struct CipherContext {
    CipherContext() : ctx(EVP_CIPHER_CTX_new()) {
        if (!ctx) throw StoreError("out of memory (OpenSSL)");
    }
    ~CipherContext() { EVP_CIPHER_CTX_free(ctx); }
    EVP_CIPHER_CTX* ctx;
};

std::shared_ptr<WorkspaceKey> withNewDataKey(const WorkspaceKey& like) {
    auto key = std::make_shared<WorkspaceKey>();
    key->dataKey = SecretBytes(UnitCipher::kKeyBytes);
    // XTS refuses equal halves; with 512 random bits they never are.
    randomBytes(key->dataKey.data(), key->dataKey.size());
    key->id = idOf(key->dataKey);
    key->wrappingKey = SecretBytes(std::string_view(like.wrappingKey.text()));
    key->salt = like.salt;
    key->cost = like.cost;
    return key;
}

}  // namespace

std::shared_ptr<const WorkspaceKey> WorkspaceKey::create(std::string_view passphrase, KdfCost cost) {
    WorkspaceKey protection;
    randomBytes(protection.salt.data(), protection.salt.size());
    protection.cost = cost;
    protection.wrappingKey = deriveWrappingKey(passphrase, protection.salt, cost);
    return withNewDataKey(protection);
}

std::shared_ptr<const WorkspaceKey> WorkspaceKey::sibling() const { return withNewDataKey(*this); }

std::shared_ptr<const WorkspaceKey> WorkspaceKey::withPassphrase(std::string_view passphrase, KdfCost newCost) const {
    auto key = std::make_shared<WorkspaceKey>();
    key->id = id;
    key->dataKey = SecretBytes(dataKey.text());
    randomBytes(key->salt.data(), key->salt.size());
    key->cost = newCost;
    key->wrappingKey = deriveWrappingKey(passphrase, key->salt, newCost);
    return key;
}

std::shared_ptr<const WorkspaceKey> WorkspaceKey::unlock(const std::vector<unsigned char>& h, std::string_view passphrase,
                                                          const std::string& path) {
    if (h.size() != key_header::kBytes || !key_header::keyIdOf(h))
        throw StoreError(path + ": not an encrypted EagleEye workspace");
    auto key = std::make_shared<WorkspaceKey>();
    key->cost = {get32(&h[32]), get32(&h[36]), get32(&h[40])};
    if (get32(&h[28]) != kScrypt || !plausible(key->cost))
        throw StoreError(path + ": the workspace's key header names a key derivation this version does not use");
    std::copy_n(&h[kSalt], key->salt.size(), key->salt.begin());
    key->wrappingKey = deriveWrappingKey(passphrase, key->salt, key->cost);

    CipherContext c;
    key->dataKey = SecretBytes(UnitCipher::kKeyBytes);
    int out = 0, last = 0;
    unsigned char tag[kTagBytes];
    std::copy_n(&h[kTag], kTagBytes, tag);
    const bool opened =
        EVP_DecryptInit_ex2(c.ctx, EVP_aes_256_gcm(), key->wrappingKey.data(), &h[kNonce], nullptr) == 1 &&
        EVP_DecryptUpdate(c.ctx, nullptr, &out, h.data(), kAad) == 1 &&
        EVP_DecryptUpdate(c.ctx, key->dataKey.data(), &out, &h[kWrapped], UnitCipher::kKeyBytes) == 1 &&
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) == 1 &&
        EVP_DecryptFinal_ex(c.ctx, key->dataKey.data() + out, &last) == 1;
    if (!opened || idOf(key->dataKey) != *key_header::keyIdOf(h))
        throw WrongPassphrase(path + ": wrong passphrase (or the workspace's key header is damaged)");
    key->id = *key_header::keyIdOf(h);
    return key;
}

namespace key_header {

bool isEncrypted(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[sizeof kMagic] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == sizeof magic && std::memcmp(magic, kMagic, sizeof kMagic) == 0;
}

std::vector<unsigned char> read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> h(kBytes);
    in.read(reinterpret_cast<char*>(h.data()), static_cast<std::streamsize>(h.size()));
    if (in.gcount() != static_cast<std::streamsize>(kBytes) || !key_header::keyIdOf(h))
        throw StoreError(path + ": not an encrypted EagleEye workspace (its key header is missing or of another format)");
    return h;
}

std::optional<KeyId> keyIdOf(std::span<const unsigned char> h) {
    if (h.size() < kBytes || std::memcmp(h.data(), kMagic, sizeof kMagic) != 0 || get32(&h[16]) != kFormat ||
        get32(&h[20]) != UnitCipher::kUnitBytes || get32(&h[24]) != kBytes)
        return std::nullopt;
    KeyId id;
    std::copy_n(&h[kId], id.size(), id.begin());
    return id;
}

std::vector<unsigned char> make(const WorkspaceKey& key) {
    std::vector<unsigned char> h = fieldsOf(key);
    randomBytes(&h[kNonce], kNonceBytes);
    CipherContext c;
    int out = 0, last = 0;
    if (EVP_EncryptInit_ex2(c.ctx, EVP_aes_256_gcm(), key.wrappingKey.data(), &h[kNonce], nullptr) != 1 ||
        EVP_EncryptUpdate(c.ctx, nullptr, &out, h.data(), kAad) != 1 ||
        EVP_EncryptUpdate(c.ctx, &h[kWrapped], &out, key.dataKey.data(), static_cast<int>(key.dataKey.size())) != 1 ||
        EVP_EncryptFinal_ex(c.ctx, &h[kWrapped] + out, &last) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, kTagBytes, &h[kTag]) != 1)
        throw StoreError("cannot wrap the workspace key (AES-256-GCM, OpenSSL)");
    std::copy(key.id.begin(), key.id.end(), &h[kId]);
    return h;
}

void createFile(const std::string& path, const WorkspaceKey& key) {
    const std::vector<unsigned char> h = make(key);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) throw StoreError(path + ": cannot create the file: " + std::strerror(errno));
    const bool written = ::write(fd, h.data(), h.size()) == static_cast<ssize_t>(h.size());
    const int error = errno;
    ::close(fd);
    if (!written) {
        std::filesystem::remove(path);
        throw StoreError(path + ": cannot write the file: " + std::strerror(error));
    }
}

std::string hex(const KeyId& id) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string s;
    for (unsigned char b : id) s += kDigits[b >> 4], s += kDigits[b & 15];
    return s;
}

}  // namespace key_header
}  // namespace eagle
