// Prints what encrypting a workspace at rest costs: the one-off encryption of a simulated market,
// unlocking it (scrypt), a full scan of its trades and a profile run (the heaviest write) on the
// plain workspace and on its encrypted copy. One line per figure: "name value unit". The profile
// run is measured as each is opened (an encrypted connection gets a 32 MiB page cache, a plain one
// SQLite's 2 MiB) and with the same 32 MiB cache for both, which leaves the cipher's own cost.
// Usage: bench_encryption [institutions] [days]   (default 300 x 250)
// Each measurement runs twice, alternating plain and encrypted, and the faster run counts, so a
// busy machine disturbs the comparison less; CPU seconds are printed beside wall seconds.

#include "GenerateMarket.h"
#include "Keyring.h"
#include "ProfilePipeline.h"
#include "Store.h"
#include "WorkspaceProtection.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace eagle;
using Clock = std::chrono::steady_clock;

namespace {

struct Cost {
    double wall = 1e300, cpu = 1e300;
};

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

template <class Work>
void measure(Cost& best, Work work) {
    const double cpu0 = cpuSeconds();
    const auto t0 = Clock::now();
    work();
    best.wall = std::min(best.wall, std::chrono::duration<double>(Clock::now() - t0).count());
    best.cpu = std::min(best.cpu, cpuSeconds() - cpu0);
}

void print(const char* name, const Cost& plain, const Cost& encrypted) {
    std::printf("%s_plain_seconds %.2f s\n", name, plain.wall);
    std::printf("%s_encrypted_seconds %.2f s\n", name, encrypted.wall);
    std::printf("%s_plain_cpu_seconds %.2f s\n", name, plain.cpu);
    std::printf("%s_encrypted_cpu_seconds %.2f s\n", name, encrypted.cpu);
    std::printf("%s_overhead_cpu %+.0f %%\n", name, (encrypted.cpu / plain.cpu - 1) * 100);
}

}  // namespace

int main(int argc, char** argv) {
    const int institutions = argc > 1 ? std::stoi(argv[1]) : 300;
    const int days = argc > 2 ? std::stoi(argv[2]) : 250;
    const auto folder = std::filesystem::temp_directory_path() / ("eagleeye-bench-encryption-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    const std::string plain = (folder / "plain.eagle").string(), encrypted = (folder / "encrypted.eagle").string();
    if (!bench::generateMarketInChild(plain, institutions, days)) {
        std::fprintf(stderr, "generating the market failed\n");
        return 1;
    }
    std::filesystem::copy_file(plain, encrypted);
    constexpr const char* kPassphrase = "benchmark passphrase";
    Cost encrypt, unlock;
    measure(encrypt, [&] { encryptWorkspace(encrypted, kPassphrase); });
    Keyring::instance().forgetAll();
    measure(unlock, [&] { Keyring::instance().unlock(encrypted, kPassphrase); });
    std::printf("workspace_megabytes %.0f MB\n", static_cast<double>(std::filesystem::file_size(plain)) / 1e6);
    std::printf("encrypt_workspace_seconds %.2f s\n", encrypt.wall);
    std::printf("unlock_seconds %.2f s\n", unlock.wall);

    // Every page of the trade table through SQLite's page cache (kept small, so that pages come
    // from the file, through the VFS, each time; the system's file cache is warm for both).
    Cost scanPlain, scanEncrypted;
    const auto scan = [](const std::string& path) {
        Store store = Store::openReadOnly(path);
        store.database().exec("PRAGMA cache_size = -2048");
        Statement s = store.database().prepare("SELECT count(*), sum(notional_cny) FROM trade");
        s.step();
        return s.int64(0);
    };
    std::int64_t trades = 0;
    for (int round = 0; round < 3; ++round) {
        measure(scanPlain, [&] { trades = scan(plain); });
        measure(scanEncrypted, [&] { trades = scan(encrypted); });
    }
    std::printf("scan_trades %lld\n", static_cast<long long>(trades));
    print("scan_trades", scanPlain, scanEncrypted);

    Cost profilePlain, profileEncrypted, profilePlainSameCache;
    const auto profileRun = [](const std::string& path, bool sameCache) {
        Store store = Store::open(path);
        if (sameCache) store.database().exec("PRAGMA cache_size = -32768");
        computeProfiles(store);
    };
    for (int round = 0; round < 2; ++round) {
        measure(profilePlain, [&] { profileRun(plain, false); });
        measure(profileEncrypted, [&] { profileRun(encrypted, false); });
        measure(profilePlainSameCache, [&] { profileRun(plain, true); });
    }
    print("profile_run", profilePlain, profileEncrypted);
    print("profile_run_same_cache", profilePlainSameCache, profileEncrypted);
    std::filesystem::remove_all(folder);
    return 0;
}
