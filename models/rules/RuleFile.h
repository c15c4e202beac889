#pragma once
// Reads a rule file as the parser takes it: the bytes as they are (UTF-8).

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace eagle {

// Throws std::runtime_error naming the file when it cannot be read.
inline std::string readRuleFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read the rule file");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace eagle
