#pragma once
// eagleeye-cli alerts: the latest rules run's alerts listed or written as CSV, and the workflow
// from a terminal — move an alert, add a note, read its audit trail.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kAlertsHelp;
int alerts(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
