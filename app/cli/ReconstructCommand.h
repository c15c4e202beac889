#pragma once
// eagleeye-cli reconstruct: bilateral exposures rebuilt from each institution's interbank totals,
// written as an exposure list for 'stress --exposures', or as bands over an ensemble.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kReconstructHelp;
int reconstructCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
