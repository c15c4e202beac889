#pragma once
// How long-running model work reports progress and learns that it should stop, without Qt.

#include <functional>
#include <stdexcept>
#include <stop_token>
#include <string>

namespace eagle {

// fraction in [0, 1] and a short description of the current step.
using ProgressCallback = std::function<void(double fraction, const std::string& step)>;

class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

inline void throwIfStopped(const std::stop_token& stop) {
    if (stop.stop_requested()) throw Cancelled();
}

}  // namespace eagle
