#pragma once
// The progress of a long command on standard error: "step  42%" on one line, rewritten only when
// the whole percentage changes.

#include "Progress.h"

#include <iomanip>
#include <ostream>

namespace eagle::cli {

inline ProgressCallback progressPrinter(std::ostream& err) {
    return [&err, last = -1](double fraction, const std::string& step) mutable {
        const int percent = static_cast<int>(fraction * 100);
        if (percent == last) return;
        last = percent;
        err << "\r" << step << " " << std::setw(3) << percent << "%" << std::flush;
    };
}

}  // namespace eagle::cli
