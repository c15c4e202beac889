#include "InputFile.h"

#include "ImportProblem.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace eagle {

std::unique_ptr<std::istream> openInputFile(const std::string& path) {
    std::error_code ec;
    auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*in || !std::filesystem::is_regular_file(path, ec)) throw ImportError({0, "", "cannot open the file"});
    return in;
}

std::uint64_t inputFileSize(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
}

std::size_t readSize(std::size_t chunk, std::uint64_t size, std::uint64_t read) {
    return read < size ? static_cast<std::size_t>(std::min<std::uint64_t>(chunk, size - read)) : chunk;
}

}  // namespace eagle
