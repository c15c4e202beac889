#pragma once
// The first rows of a file as an import would read them: detected format, the entity's fields and
// each row's values through the mapping, so a user can check encoding, delimiter and mapping
// before importing anything.

#include "ImportSession.h"

#include <string>
#include <vector>

namespace eagle {

struct ImportPreview {
    std::string format;                          // e.g. "gbk, delimiter ','"
    std::vector<std::string> header;             // the file's columns
    std::vector<std::string> fields;             // the entity's fields, in order
    std::vector<std::string> sources;            // where each field comes from (header, constant)
    std::vector<std::vector<std::string>> rows;  // values per field; empty when absent
    std::string error;                           // why the file cannot be read, if it cannot

    // Reads at most maxRows records; never throws.
    static ImportPreview of(const std::string& path, const ImportOptions& options, int maxRows = 20);
};

}  // namespace eagle
