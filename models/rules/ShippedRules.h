#pragma once
// The shipped rule library (resources/rules/library.rules), compiled into the program so that an
// installed workstation and the command line have it without looking for files.

#include <string_view>

namespace eagle {

std::string_view shippedRuleLibrary();

}  // namespace eagle
