#pragma once
// eagleeye-cli profile: one institution's profile on a day — its risk scores with the features
// that drove them, and every feature against its peer group.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kProfileHelp;
int profileCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
