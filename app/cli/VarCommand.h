#pragma once
// eagleeye-cli var: one institution's positions, VaR and ES by method and horizon, and backtest.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kVarHelp;
int valueAtRisk(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
