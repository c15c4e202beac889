#pragma once
// SHA-256 of a byte stream, fed in pieces: the content hash that makes re-imports idempotent.

#include <memory>
#include <string>
#include <string_view>

namespace eagle {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(std::string_view bytes);
    // Lower-case hex digest; the hash cannot be fed after this.
    std::string hex();

    static std::string ofFile(const std::string& path);

private:
    struct Context;
    std::unique_ptr<Context> context_;
};

}  // namespace eagle
