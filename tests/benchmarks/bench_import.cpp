// Imports a trades CSV of N rows (default 5,000,000) with EagleEye, validating, and loads the same
// file with the sqlite3 shell's .import into an identical table (a fresh workspace's `trade`),
// then prints both times, their ratio and EagleEye's peak memory. One line per figure:
// "name value unit". Wall-clock and CPU time both: on a shared machine the CPU time (user +
// system, of this process for EagleEye and of the child for sqlite3) is the steadier comparison.
// Needs the sqlite3 command-line program. Not a unit test.

#include "ImportSession.h"
#include "Store.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace eagle;
namespace fs = std::filesystem;

namespace {

constexpr int kInstitutions = 1000;
constexpr int kInstruments = 200;

void seed(Store& s) {
    Transaction tx = s.transaction();
    for (int i = 1; i <= kInstitutions; ++i) {
        Institution inst;
        inst.code = "B" + std::to_string(i);
        inst.name = "Bank " + std::to_string(i);
        s.add(inst);
    }
    for (int i = 1; i <= kInstruments; ++i)
        s.add(Instrument{InstrumentId(), "BOND" + std::to_string(i), Market::Bond, "government", std::nullopt, "AAA",
                         "CNY", std::nullopt});
    tx.commit();
}

// The trade table's own layout (what 'eagleeye-cli export --table trade' writes, days as numbers).
void writeTrades(const std::string& path, long rows) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fputs("id,ts,day,market,product,instrument_id,buyer_id,seller_id,price,rate,quantity,notional_cny,"
               "tenor_days,settle_day,status,scenario_id,trade_ref\n", f);
    std::uint64_t x = 88172645463325252ULL;
    const auto next = [&x] { return x ^= x << 13, x ^= x >> 7, x ^= x << 17; };
    const int firstDay = Date::fromYmd(2024, 1, 2).daysSinceEpoch();
    for (long i = 1; i <= rows; ++i) {
        const int day = firstDay + static_cast<int>(i * 500 / rows);
        const long ts = day * 86400L + 32400 + static_cast<long>(next() % 28800);
        const int buyer = 1 + static_cast<int>(next() % kInstitutions);
        const int seller = 1 + static_cast<int>((buyer + next() % (kInstitutions - 1)) % kInstitutions);
        const double notional = 1e6 * static_cast<double>(1 + next() % 5000);
        if (i % 4 == 0) {  // a bond trade
            std::fprintf(f, "%ld,%ld,%d,bond,bond_cash,%d,%d,%d,%.4f,%.4f,%.17g,%.17g,0,%d,done,,T%ld\n", i, ts, day,
                         1 + static_cast<int>(next() % kInstruments), buyer, seller, 95 + (next() % 1000) / 100.0,
                         1.5 + (next() % 200) / 100.0, notional, notional * 1.001, day + 1, i);
        } else {
            const int tenor = (next() % 3 == 0) ? 1 : 7;
            std::fprintf(f, "%ld,%ld,%d,money,repo,,%d,%d,0,%.4f,%.17g,%.17g,%d,%d,done,,T%ld\n", i, ts, day, buyer,
                         seller, 1.2 + (next() % 150) / 100.0, notional, notional, tenor, day, i);
        }
    }
    std::fclose(f);
}

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double cpuSeconds(int who) {
    rusage u{};
    getrusage(who, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void removeWorkspace(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

}  // namespace

int main(int argc, char** argv) {
    const long rows = argc > 1 ? std::stol(argv[1]) : 5000000;
    const fs::path dir = fs::temp_directory_path() / "eagleeye-bench-import";
    fs::create_directories(dir);
    const std::string csv = (dir / "trades.csv").string();
    const std::string eagle = (dir / "eagle.eagle").string();
    const std::string shell = (dir / "sqlite3.eagle").string();
    removeWorkspace(eagle);
    removeWorkspace(shell);
    writeTrades(csv, rows);
    for (const auto& path : {eagle, shell}) {
        Store s = Store::create(path);
        seed(s);
    }

    auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSeconds(RUSAGE_SELF);
    ImportReport report;
    {
        Store s = Store::open(eagle);
        ImportOptions options;
        options.table = "trade";
        report = ImportSession(s, options).run(csv);
    }
    const double eagleSeconds = seconds(t0);
    const double eagleCpu = cpuSeconds(RUSAGE_SELF) - cpu0;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    t0 = std::chrono::steady_clock::now();
    const std::string command = "sqlite3 '" + shell + "' '.import --csv --skip 1 " + csv + " trade'";
    const int rc = std::system(command.c_str());
    const double shellSeconds = seconds(t0);
    const double shellCpu = cpuSeconds(RUSAGE_CHILDREN);

    std::printf("import_rows %ld rows\n", rows);
    std::printf("import_file_bytes %.0f MB\n", static_cast<double>(fs::file_size(csv)) / 1e6);
    std::printf("eagleeye_import_rows_imported %lld rows\n", static_cast<long long>(report.rowsImported));
    std::printf("eagleeye_import_seconds %.2f s\n", eagleSeconds);
    std::printf("eagleeye_import_cpu_seconds %.2f s\n", eagleCpu);
    std::printf("eagleeye_import_rows_per_second %.0f rows/s\n", report.rowsImported / eagleSeconds);
    std::printf("eagleeye_import_peak_memory %.0f MB\n", usage.ru_maxrss / 1024.0);
    if (rc == 0) {
        std::printf("sqlite3_import_seconds %.2f s\n", shellSeconds);
        std::printf("sqlite3_import_cpu_seconds %.2f s\n", shellCpu);
        std::printf("eagleeye_vs_sqlite3_import_time_ratio %.2f x\n", eagleSeconds / shellSeconds);
        std::printf("eagleeye_vs_sqlite3_import_cpu_ratio %.2f x\n", eagleCpu / shellCpu);
    } else {
        std::printf("sqlite3_import_seconds unavailable (sqlite3 exited with %d)\n", rc);
    }
    removeWorkspace(eagle);
    removeWorkspace(shell);
    fs::remove(csv);
    return report.committed ? 0 : 1;
}
