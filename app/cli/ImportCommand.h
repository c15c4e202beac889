#pragma once
// eagleeye-cli import: loads CSV or FIX/IMIX files into a workspace.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kImportHelp;
int importFiles(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
