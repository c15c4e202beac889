#pragma once
// eagleeye-cli evaluate and cluster: the early-warning network against its baselines, and
// strategy clusters of the market.

#include <iosfwd>

namespace eagle::cli {

class Options;
extern const char* const kEvaluateHelp;
extern const char* const kClusterHelp;
int evaluate(const Options& o, std::ostream& out, std::ostream& err);
int cluster(const Options& o, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
