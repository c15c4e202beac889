#pragma once
// eagleeye-cli: the batch face of EagleEye (generate, analyze, info), usable in-process by tests.

#include <iosfwd>
#include <string>
#include <vector>

namespace eagle::cli {

// args excludes the program name. Returns the process exit code: 0 success, 1 failure of the
// work itself, 2 bad usage. Errors are one line on err.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
