// Prints how fast the first simulator writes a market and the profile engine reads it back.
// One line per figure: "name value unit".

#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "Store.h"
#include "WorkspaceFile.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace eagle;

int main(int argc, char** argv) {
    const int institutions = argc > 1 ? std::stoi(argv[1]) : 500;
    const int days = argc > 2 ? std::stoi(argv[2]) : 250;
    const std::string path = (std::filesystem::temp_directory_path() / "eagleeye-bench.eagle").string();
    std::filesystem::remove(path);

    using Clock = std::chrono::steady_clock;
    auto t0 = Clock::now();
    SimulationSummary summary;
    createWorkspace(path, [&](Store& s) { summary = MarketSimulator({institutions, days, 1}).run(s); }, true);
    const double simulateSeconds = std::chrono::duration<double>(Clock::now() - t0).count();

    Store store = Store::open(path);
    t0 = Clock::now();
    const ProfileRunResult profile = computeProfiles(store);
    const double profileSeconds = std::chrono::duration<double>(Clock::now() - t0).count();

    std::printf("simulator_institutions %d\n", institutions);
    std::printf("simulator_days %d\n", days);
    std::printf("simulator_trades %lld\n", static_cast<long long>(summary.trades));
    std::printf("simulator_trades_per_second %.0f trades/s\n", summary.trades / simulateSeconds);
    std::printf("profile_trades_per_second %.0f trades/s\n", profile.trades / profileSeconds);
    std::printf("profile_values_written %lld\n", static_cast<long long>(profile.values));
    std::printf("profile_seconds %.2f s\n", profileSeconds);
    std::filesystem::remove(path);
    return 0;
}
