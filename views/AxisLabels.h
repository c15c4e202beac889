#pragma once
// Institutions' codes on a chart's row axis: as many as fit without overlapping.

#include <algorithm>
#include <cmath>

namespace eagle {

// Every how many rows a label fits: count labels, each labelExtent pixels tall, in available
// pixels. 1 when every one fits; always at least 1.
inline int labelStep(int count, int labelExtent, int available) {
    return std::max(1, int(std::ceil(double(count) * labelExtent / std::max(available, std::max(labelExtent, 1)))));
}

}  // namespace eagle
