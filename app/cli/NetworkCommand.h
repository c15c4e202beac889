#pragma once
// eagleeye-cli network: the multilayer exposure network on a day, its measures per institution,
// and what detection on the graph finds (circular trading, related-party flows, hub withdrawal).

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kNetworkHelp;
int networkCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
