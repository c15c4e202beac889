// Prints how fast the profile engine computes every feature and risk score of a simulated market,
// its peak memory, and how fast the views read results back. One line per figure: "name value unit".
// Usage: bench_pipeline [institutions] [days] [workspace]
// (default 1,000 x 300; the goal is 5,000 x 750 in 60 s and 2 GB on the 2-core machine).
// With a workspace path the market is generated there once and reused by later runs.

#include "GenerateMarket.h"
#include "ProfilePipeline.h"
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
using Clock = std::chrono::steady_clock;

static double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

int main(int argc, char** argv) {
    const int institutions = argc > 1 ? std::stoi(argv[1]) : 1000;
    const int days = argc > 2 ? std::stoi(argv[2]) : 300;
    const bool keep = argc > 3;
    const std::string path = keep ? argv[3]
                                  : (std::filesystem::temp_directory_path() /
                                     ("eagleeye-bench-profiles-" + std::to_string(getpid()) + ".eagle"))
                                        .string();
    if (!keep || !std::filesystem::exists(path)) {
        std::filesystem::remove(path);
        const auto t0 = Clock::now();
        if (!bench::generateMarketInChild(path, institutions, days)) {
            std::fprintf(stderr, "generating the market failed\n");
            return 1;
        }
        std::printf("simulator_seconds %.1f s\n", secondsSince(t0));
    }

    Store store = Store::open(path);
    auto t0 = Clock::now();
    const ProfileRunResult profile = computeProfiles(store);
    const double profileSeconds = secondsSince(t0);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                              static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;

    std::printf("profile_institutions %d\n", profile.institutions);
    std::printf("profile_days %d\n", profile.days);
    std::printf("profile_trades %lld\n", static_cast<long long>(profile.trades));
    std::printf("profile_values_written %lld\n", static_cast<long long>(profile.values));
    std::printf("profile_seconds %.1f s\n", profileSeconds);
    std::printf("profile_cpu_seconds %.1f s\n", cpuSeconds);
    std::printf("profile_trades_per_second %.0f trades/s\n", static_cast<double>(profile.trades) / profileSeconds);
    std::printf("profile_peak_memory %.0f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);

    // What the views ask for: one feature of the whole market (heatmap), one institution's every
    // feature (time series, profile page), every feature on one day (time cursor).
    ResultStore results(store);
    const auto defs = results.featureDefs();
    t0 = Clock::now();
    const FeatureMatrix matrix = results.featureMatrix(profile.run, defs.front().id);
    std::printf("read_feature_matrix_ms %.0f ms\n", secondsSince(t0) * 1000);
    t0 = Clock::now();
    results.institutionSeries(profile.run, matrix.institutions.front());
    std::printf("read_institution_series_ms %.0f ms\n", secondsSince(t0) * 1000);
    t0 = Clock::now();
    results.featuresOn(profile.run, matrix.days.back());
    std::printf("read_features_on_day_ms %.0f ms\n", secondsSince(t0) * 1000);
    std::printf("workspace_megabytes %.0f MB\n", static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    if (!keep) std::filesystem::remove(path);
    return 0;
}
