#include "Cli.h"

#ifdef EAGLEEYE_WITH_REPORT
#include "ReportCommand.h"
#endif

#include <iostream>

int main(int argc, char** argv) {
#ifdef EAGLEEYE_WITH_REPORT
    eagle::registerReportCommand();
#endif
    return eagle::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
