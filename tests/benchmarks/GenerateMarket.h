#pragma once
// Generates the benchmark's simulated market in a child process, so that the benchmark process's
// peak memory is the measured work's alone. Returns false when the generation failed.

#include "MarketSimulator.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace eagle::bench {

inline bool generateMarketInChild(const std::string& path, const SimulatorConfig& config) {
    const pid_t child = fork();
    if (child == 0) {
        createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); }, true);
        std::fflush(nullptr);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

inline bool generateMarketInChild(const std::string& path, int institutions, int days) {
    SimulatorConfig config;
    config.institutions = institutions;
    config.days = days;
    config.seed = 1;
    return generateMarketInChild(path, config);
}

}  // namespace eagle::bench
