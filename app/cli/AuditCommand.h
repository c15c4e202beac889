#pragma once
// eagleeye-cli audit: the workspace's audit log, read-only, and whether its hash chain is whole.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kAuditHelp;
int auditCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
