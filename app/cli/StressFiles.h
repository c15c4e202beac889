#pragma once
// A stress system from a supervisor's own files instead of a workspace: exposures as a list
// (lender,borrower,amount[,layer]) or a matrix (row = lender, column = borrower, labelled or
// bare in the buffers file's order), and per institution its capital buffer and/or external
// assets and liabilities. Errors name the file, line and column.

#include "StressTest.h"

#include <string>

namespace eagle::cli {

StressSystem readStressSystem(const std::string& exposuresPath, const std::string& buffersPath);

}  // namespace eagle::cli
