#pragma once
// eagleeye-cli stress: DebtRank or Eisenberg-Noe clearing after a shock, on a workspace's network
// on a day or on exposures and buffers from CSV files.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kStressHelp;
int stressCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
