#include "MappingCatalog.h"

#include "ImportLog.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace eagle {
namespace fs = std::filesystem;

MappingCatalog::MappingCatalog(std::string builtInDir, Database* db) : builtInDir_(std::move(builtInDir)), db_(db) {}

Mapping MappingCatalog::resolve(const std::string& nameOrPath) const {
    std::error_code ec;
    if (fs::is_regular_file(nameOrPath, ec)) return Mapping::load(nameOrPath);
    if (db_) {
        for (const auto& saved : ImportLog(*db_).mappings())
            if (saved.name == nameOrPath) return Mapping::fromJson(saved.json);
    }
    if (ships(nameOrPath)) return Mapping::load((fs::path(builtInDir_) / (nameOrPath + ".json")).string());
    throw std::runtime_error("no mapping '" + nameOrPath + "' (not a file, not saved in the workspace, not one of: " +
                             [this] {
                                 std::string list;
                                 for (const auto& n : names()) list += (list.empty() ? "" : ", ") + n;
                                 return list;
                             }() +
                             ")");
}

bool MappingCatalog::ships(const std::string& name) const {
    std::error_code ec;
    return fs::is_regular_file(fs::path(builtInDir_) / (name + ".json"), ec);
}

std::vector<std::string> MappingCatalog::names() const {
    std::vector<std::string> shipped, saved;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(builtInDir_, ec))
        if (entry.path().extension() == ".json") shipped.push_back(entry.path().stem().string());
    std::sort(shipped.begin(), shipped.end());
    if (db_)
        for (const auto& m : ImportLog(*db_).mappings()) saved.push_back(m.name);
    shipped.insert(shipped.end(), saved.begin(), saved.end());
    return shipped;
}

}  // namespace eagle
