#include "UnitCipher.h"

#include "Database.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace eagle {
namespace {

void storeLittleEndian(std::uint64_t value, unsigned char* out) {
    for (int i = 0; i < 8; ++i) out[i] = static_cast<unsigned char>(value >> (8 * i));
}

EVP_CIPHER_CTX* newContext(const EVP_CIPHER* cipher, const unsigned char* key, int encrypt) {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    if (!ctx || EVP_CipherInit_ex2(ctx, cipher, key, nullptr, encrypt, nullptr) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        throw StoreError("cannot set up AES-256 (OpenSSL)");
    }
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    return ctx;
}

}  // namespace

UnitCipher::UnitCipher(std::span<const unsigned char> key, std::uint64_t domain) : domain_(domain) {
    if (key.size() != kKeyBytes) throw StoreError("workspace key of the wrong size");
    try {
        encrypt_ = newContext(EVP_aes_256_xts(), key.data(), 1);
        decrypt_ = newContext(EVP_aes_256_xts(), key.data(), 0);
        tail_ = newContext(EVP_aes_256_ecb(), key.data() + 64, 1);
    } catch (...) {
        EVP_CIPHER_CTX_free(encrypt_);
        EVP_CIPHER_CTX_free(decrypt_);
        throw;
    }
}

UnitCipher::~UnitCipher() {
    // EVP_CIPHER_CTX_free cleanses the key schedules.
    EVP_CIPHER_CTX_free(encrypt_);
    EVP_CIPHER_CTX_free(decrypt_);
    EVP_CIPHER_CTX_free(tail_);
}

void UnitCipher::encrypt(std::uint64_t unit, unsigned char* data, std::size_t length) { run(encrypt_, unit, data, length); }
void UnitCipher::decrypt(std::uint64_t unit, unsigned char* data, std::size_t length) { run(decrypt_, unit, data, length); }

void UnitCipher::run(EVP_CIPHER_CTX* xts, std::uint64_t unit, unsigned char* data, std::size_t length) {
    if (length == 0 || length > kUnitBytes) throw std::logic_error("UnitCipher: bad unit length");
    const std::size_t whole = length & ~std::size_t(15);
    if (whole > 0) {
        // IEEE 1619's tweak is the data unit's number as a 128-bit little-endian integer: the unit
        // in the low half, the file's domain in the high half.
        unsigned char tweak[16];
        storeLittleEndian(unit, tweak);
        storeLittleEndian(domain_, tweak + 8);
        int out = 0;
        if (EVP_CipherInit_ex2(xts, nullptr, nullptr, tweak, -1, nullptr) != 1 ||
            EVP_CipherUpdate(xts, data, &out, data, static_cast<int>(whole)) != 1 || out != static_cast<int>(whole))
            throw StoreError("AES-256-XTS failed (OpenSSL)");
    }
    if (const std::size_t rest = length - whole; rest > 0) {
        // A keystream block unique to (domain, unit, block), the same whichever way the unit is
        // being processed: XOR is its own inverse.
        unsigned char counter[16], stream[16];
        storeLittleEndian(domain_, counter);
        storeLittleEndian(unit * (kUnitBytes / 16) + whole / 16, counter + 8);
        int out = 0;
        if (EVP_EncryptUpdate(tail_, stream, &out, counter, 16) != 1 || out != 16)
            throw StoreError("AES-256 failed (OpenSSL)");
        for (std::size_t i = 0; i < rest; ++i) data[whole + i] ^= stream[i];
        OPENSSL_cleanse(stream, sizeof stream);
    }
}

}  // namespace eagle
