#include "SecretBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstring>
#include <new>

namespace eagle {

SecretBytes::SecretBytes(std::size_t size) : data_(new unsigned char[size ? size : 1]()), size_(size) {
    // Best effort: an unprivileged process may lock only a little memory (RLIMIT_MEMLOCK), and a
    // key that could not be locked is still wiped.
    ::mlock(data_, size_);
}

SecretBytes::SecretBytes(std::string_view text) : SecretBytes(text.size()) {
    if (!text.empty()) std::memcpy(data_, text.data(), text.size());
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : data_(other.data_), size_(other.size_) {
    other.data_ = nullptr;
    other.size_ = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        data_ = other.data_;
        size_ = other.size_;
        other.data_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes() { release(); }

bool SecretBytes::operator==(const SecretBytes& other) const {
    return size_ == other.size_ && CRYPTO_memcmp(data_, other.data_, size_) == 0;
}

void SecretBytes::release() {
    if (!data_) return;
    OPENSSL_cleanse(data_, size_);
    ::munlock(data_, size_);
    delete[] data_;
    data_ = nullptr;
    size_ = 0;
}

void wipe(void* data, std::size_t size) {
    if (data && size) OPENSSL_cleanse(data, size);
}

}  // namespace eagle
