// Prints how fast the risk indicators run over a simulated market and their peak memory.
// One line per figure: "name value unit". Usage: bench_indicators [institutions] [days]
// (default 1,000 x 300; the goal is 5,000 x 750).

#include "GenerateMarket.h"
#include "IndicatorPipeline.h"
#include "MarketSimulator.h"
#include "ResultStore.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace eagle;

int main(int argc, char** argv) {
    const int institutions = argc > 1 ? std::stoi(argv[1]) : 1000;
    const int days = argc > 2 ? std::stoi(argv[2]) : 300;
    const std::string path = (std::filesystem::temp_directory_path() /
                              ("eagleeye-bench-indicators-" + std::to_string(getpid()) + ".eagle"))
                                 .string();
    std::filesystem::remove(path);

    if (!bench::generateMarketInChild(path, institutions, days)) {
        std::fprintf(stderr, "bench_indicators: generating the market failed\n");
        return 1;
    }

    Store store = Store::open(path);
    {
        // An empty profile run to add the indicators to: the profile engine is benchmarked elsewhere.
        ResultStore results(store);
        results.finishRun(results.beginRun("profile", "bench"), "done");
    }
    const auto t0 = std::chrono::steady_clock::now();
    const IndicatorRunResult r = computeIndicators(store);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("indicators_size %d institutions x %d days\n", institutions, days);
    std::printf("indicators_trades %lld trades\n", static_cast<long long>(r.trades));
    std::printf("indicators_values_written %lld values\n", static_cast<long long>(r.values));
    std::printf("indicators_seconds %.1f s\n", seconds);
    std::printf("indicators_trades_per_second %.0f trades/s\n", r.trades / seconds);
    std::printf("indicators_peak_memory %.0f MB\n", usage.ru_maxrss / 1024.0);
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");
    return 0;
}
