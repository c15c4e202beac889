// Prints how fast the rule engine evaluates the first 12 rules of the shipped library over a
// synthetic market of 5,000 institutions x 750 business days (three years). The feature arrays
// are generated here, so the figure is the evaluation alone. One line per figure: "name value unit".
// Goal: under 10 s on 2 cores.

#include "FeatureCatalog.h"
#include "RuleEvaluator.h"
#include "RuleParser.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace eagle;

namespace {

// Per institution a level and a volatility; the day's value a mean-reverting walk around it,
// undefined on some days (no borrowing, no overnight share) as in real profiles.
std::vector<double> synthetic(std::mt19937_64& rng, std::size_t rows, std::size_t cols, double level, double spread,
                              bool share, double missing) {
    std::vector<double> v(rows * cols);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> unit(0, 1);
    for (std::size_t r = 0; r < rows; ++r) {
        const double base = level * std::exp(noise(rng));
        double x = 0;
        for (std::size_t d = 0; d < cols; ++d) {
            x = 0.9 * x + 0.3 * noise(rng);
            double value =
                share ? 1 / (1 + std::exp(-(std::log(base / (1 - base + 1e-9)) + x))) : base * (1 + spread * x);
            if (unit(rng) < missing) value = std::nan("");
            v[r * cols + d] = value;
        }
    }
    return v;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t institutions = argc > 1 ? std::stoul(argv[1]) : 5000;
    const std::size_t days = argc > 2 ? std::stoul(argv[2]) : 750;
    std::ifstream in(EAGLEEYE_RULES_LIBRARY);
    std::stringstream text;
    text << in.rdbuf();
    const FeatureCatalog catalog = FeatureCatalog::profileFeatures();
    RuleSet rules = RuleParser(catalog).parse(text.str());
    if (!rules.ok()) {
        std::fprintf(stderr, "%s\n", rules.errors.front().toString().c_str());
        return 1;
    }
    rules.rules.resize(std::min<std::size_t>(12, rules.rules.size()));

    RuleInputs inputs;
    inputs.institutions = institutions;
    inputs.days = days;
    for (std::size_t r = 0; r < institutions; ++r) inputs.peerGroup.push_back(static_cast<int>(r % 11));
    std::mt19937_64 rng(20250102);
    auto set = [&](const char* name, double level, double spread, bool share, double missing) {
        inputs.features.resize(catalog.names().size());
        inputs.features[static_cast<std::size_t>(*catalog.resolve(name))] =
            synthetic(rng, institutions, days, level, spread, share, missing);
    };
    set("money_volume", 5e9, 0.5, false, 0.0);
    set("bond_volume", 2e9, 0.8, false, 0.0);
    set("fx_volume", 5e8, 0.8, false, 0.0);
    set("net_borrowing", 1e9, 2.0, false, 0.0);
    set("counterparties", 8, 0.3, false, 0.0);
    set("counterparty_hhi", 0.3, 0, true, 0.02);
    set("overnight_share", 0.6, 0, true, 0.1);
    set("borrowing_spread", 15, 0.6, false, 0.1);

    for (int threads : {1, 2}) {
        const auto t0 = std::chrono::steady_clock::now();
        const auto hits = RuleEvaluator(inputs).run(rules, threads);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("rules_%zu_over_%zux%zu_threads_%d %.2f s (%zu alerts)\n", rules.rules.size(), institutions, days,
                    threads, seconds, hits.size());
    }
    return 0;
}
