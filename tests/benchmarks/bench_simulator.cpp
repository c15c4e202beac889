// Prints how fast the market simulator generates and stores a market, and its peak memory.
// Default size is the goal: 5,000 institutions x 750 business days with every scenario.
// Usage: bench_simulator [institutions] [days] [threads]

#include "MarketSimulator.h"
#include "ScenarioCatalog.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace eagle;

int main(int argc, char** argv) {
    SimulatorConfig config;
    config.institutions = argc > 1 ? std::stoi(argv[1]) : 5000;
    config.days = argc > 2 ? std::stoi(argv[2]) : 750;
    config.threads = argc > 3 ? std::stoi(argv[3]) : 2;
    config.scenarios = parseScenarioList("all");
    const std::string path = (std::filesystem::temp_directory_path() / "eagleeye-bench-simulator.eagle").string();

    const auto t0 = std::chrono::steady_clock::now();
    SimulationSummary summary;
    double indexingStarted = 0;
    createWorkspace(
        path,
        [&](Store& s) {
            summary = MarketSimulator(config).run(s, [&](double, const std::string& step) {
                if (step == "indexing trades" && indexingStarted == 0)
                    indexingStarted = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            });
        },
        true);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("simulator_size %d institutions x %d days\n", config.institutions, config.days);
    std::printf("simulator_trades %lld trades\n", static_cast<long long>(summary.trades));
    std::printf("simulator_seconds %.1f s\n", seconds);
    std::printf("simulator_generate_and_write_seconds %.1f s\n", indexingStarted);
    std::printf("simulator_index_seconds %.1f s\n", seconds - indexingStarted);
    std::printf("simulator_trades_per_second %.0f trades/s\n", summary.trades / seconds);
    std::printf("simulator_peak_memory %.0f MB\n", usage.ru_maxrss / 1024.0);
    std::printf("simulator_file_size %.0f MB\n", std::filesystem::file_size(path) / 1e6);
    std::filesystem::remove(path);
    return 0;
}
