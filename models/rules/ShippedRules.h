#pragma once
// The shipped rule library (resources/rules/library.rules), compiled into the program so that an
// installed workstation and the command line have it without looking for files.

#include "Progress.h"
#include "RuleRunner.h"

#include <stop_token>
#include <string>
#include <string_view>

namespace eagle {

std::string_view shippedRuleLibrary();

// Runs the shipped library over the workspace's latest profile run and stores its alerts (what
// `eagleeye-cli analyze` and the demo market do after the profiles). Throws std::runtime_error when
// the library does not compile against the workspace's features.
RuleRunResult runShippedRules(Store& store, const std::string& author, const std::stop_token& stop = {});

}  // namespace eagle
