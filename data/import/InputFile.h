#pragma once
// Opening a file to import: readers take any stream and its size, so that tests and fuzzers can
// feed them from memory; these give them a file's.

#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace eagle {

// The file as a binary stream; throws ImportError when it is missing or not a regular file.
std::unique_ptr<std::istream> openInputFile(const std::string& path);
// Its size in bytes (0 when it cannot be told).
std::uint64_t inputFileSize(const std::string& path);
// How much to read next: a chunk, or what is left of a smaller file (so that a small file does
// not cost a whole chunk's buffer); a chunk again if the file turns out longer than its size.
std::size_t readSize(std::size_t chunk, std::uint64_t size, std::uint64_t read);

}  // namespace eagle
