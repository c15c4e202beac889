#pragma once
// eagleeye-cli: the batch face of EagleEye (generate, analyze, info), usable in-process by tests.

#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace eagle::cli {

// args excludes the program name. Returns the process exit code: 0 success, 1 failure of the
// work itself, 2 bad usage. Errors are one line on err.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

class Options;
using CommandFunction = std::function<int(const Options&, std::ostream&, std::ostream&)>;
// Adds a command built outside this library (report needs Qt and comes with the workstation).
// summary: the line 'eagleeye-cli --help' shows; help: what 'COMMAND --help' prints.
void addCommand(const std::string& name, const std::string& summary, const char* help, std::set<std::string> valued,
                std::set<std::string> flags, CommandFunction run);

}  // namespace eagle::cli
