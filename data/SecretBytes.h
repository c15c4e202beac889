#pragma once
// Bytes that must not outlive their use: a passphrase or key material. Kept out of swap where the
// system allows (mlock) and overwritten (OPENSSL_cleanse) when released, so that a key does not
// linger in freed memory for the next allocation, a core file or the swap partition to show.

#include <cstddef>
#include <span>
#include <string_view>

namespace eagle {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    // Copies text; the caller wipes its own copy (wipe below) when it has one.
    explicit SecretBytes(std::string_view text);
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes();

    unsigned char* data() { return data_; }
    const unsigned char* data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::span<const unsigned char> bytes() const { return {data_, size_}; }
    std::span<const unsigned char> first(std::size_t n) const { return bytes().first(n); }
    std::span<const unsigned char> sub(std::size_t offset, std::size_t n) const { return bytes().subspan(offset, n); }
    std::string_view text() const { return {reinterpret_cast<const char*>(data_), size_}; }
    bool operator==(const SecretBytes& other) const;

private:
    void release();
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

// Overwrites memory that held a secret in a way the compiler may not optimise away.
void wipe(void* data, std::size_t size);

}  // namespace eagle
