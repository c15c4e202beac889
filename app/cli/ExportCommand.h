#pragma once
// eagleeye-cli export: writes a workspace table to CSV.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kExportHelp;
int exportTable(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
