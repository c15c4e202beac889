#pragma once
// eagleeye-cli report: the briefing report (PDF) on institutions, headless. Built with the
// workstation, whose views draw its charts; registerReportCommand() adds it to eagleeye-cli.

#include <iosfwd>

namespace eagle {

namespace cli {
class Options;
}

extern const char* const kReportHelp;
int reportCommand(const cli::Options& options, std::ostream& out, std::ostream& err);
void registerReportCommand();

}  // namespace eagle
