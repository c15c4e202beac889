#pragma once
// Finds a mapping by what a user types: a JSON file path, the name of a mapping saved in the
// workspace, or the name of one shipped with EagleEye (resources/mappings/NAME.json).

#include "Mapping.h"

#include <string>
#include <vector>

namespace eagle {

class Database;

class MappingCatalog {
public:
    // builtInDir: where the shipped mappings are; db: the workspace (for saved ones), may be null.
    MappingCatalog(std::string builtInDir, Database* db);

    // Throws std::runtime_error naming what was tried when nothing matches.
    Mapping resolve(const std::string& nameOrPath) const;
    // Whether EagleEye ships a mapping of this name (a saved one of that name would hide it).
    bool ships(const std::string& name) const;
    // Names of the shipped and the saved mappings, shipped first.
    std::vector<std::string> names() const;

private:
    std::string builtInDir_;
    Database* db_;
};

}  // namespace eagle
