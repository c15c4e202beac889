#pragma once
// eagleeye-cli rules: checks a rule file against a workspace's features, runs it and stores the
// alerts, or backtests it against the workspace's risk events.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kRulesHelp;
int rules(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
