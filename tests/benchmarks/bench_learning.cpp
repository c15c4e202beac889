// Prints how long the early-warning GRU takes to train on a market of 5,000 institutions x 750
// business days (three years) and to score one day of the whole market, and the peak memory.
// The feature tensor (40 features, already scaled) is synthetic, generated here: per institution a
// level per feature and a mean-reverting walk around it; 3% of institutions have a risk event,
// before which four features drift upward over 30 days and a fifth becomes more volatile, a
// pattern the network has to find in the sequence. Training draws 16,000 windows of 60 days per
// epoch (30% ending within 20 days before an event), up to 8 epochs with early stopping.
// One line per figure: "name value unit". Goals: training <= 300 s on 2 cores, a market day < 1 s.

#include "WarningEvaluation.h"
#include "WarningTrainer.h"

#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>

using namespace eagle;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

double peakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

FeatureTensor syntheticMarket(std::size_t rows, std::size_t days, std::size_t features,
                              std::vector<RiskEvent>& events) {
    std::vector<InstitutionId> ids;
    for (std::size_t r = 0; r < rows; ++r) ids.push_back(InstitutionId(static_cast<std::int64_t>(r + 1)));
    std::vector<Date> calendar;
    for (std::size_t d = 0; d < days; ++d) calendar.push_back(Date(20000 + static_cast<std::int32_t>(d)));
    std::vector<std::string> names;
    for (std::size_t f = 0; f < features; ++f) names.push_back("feature_" + std::to_string(f));
    FeatureTensor t(ids, calendar, names);
    Random random(20250102);
    for (std::size_t r = 0; r < rows; ++r) {
        const bool event = random.chance(0.03);
        const std::size_t onset = 80 + random.index(days - 100);
        if (event) events.push_back({ids[r], calendar[onset], calendar[onset], "failure", 1, "simulated", "", {}});
        std::vector<double> level(features), walk(features, 0);
        for (double& l : level) l = random.normal(0, 1);
        for (std::size_t d = 0; d < days; ++d) {
            const double ramp = event && d < onset && d + 30 >= onset ? 1 - static_cast<double>(onset - d) / 30 : 0;
            for (std::size_t f = 0; f < features; ++f) {
                walk[f] = 0.9 * walk[f] + random.normal(0, f == 4 ? 0.3 * (1 + 3 * ramp) : 0.3);
                t.at(r, d, f) = static_cast<float>(level[f] + walk[f] + (f < 4 ? 1.5 * ramp : 0));
            }
        }
    }
    return t;
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t rows = argc > 1 ? std::stoul(argv[1]) : 5000;
    const std::size_t days = argc > 2 ? std::stoul(argv[2]) : 750;
    const int epochs = argc > 3 ? std::stoi(argv[3]) : 8;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured
    std::vector<RiskEvent> events;
    auto started = std::chrono::steady_clock::now();
    const FeatureTensor tensor = syntheticMarket(rows, days, 40, events);
    std::printf("learning_market_generation %.1f s\n", secondsSince(started));

    WarningTask task;
    task.eventKinds = {};
    const WarningDataset data(tensor, events, task, {});
    WarningHyperParameters hyper;
    hyper.epochs = epochs;
    hyper.patience = 3;
    const FeatureScaling identity(std::vector<double>(40, 0.0), std::vector<double>(40, 1.0));
    started = std::chrono::steady_clock::now();
    const TrainingResult trained = trainWarningModel(tensor, data, identity, hyper, [](const EpochReport& e) {
        std::fprintf(stderr, "epoch %d loss %.4f validation AUC %.3f %.1f s\n", e.epoch, e.trainingLoss,
                     e.validationAuc, e.seconds);
    });
    const double training = secondsSince(started);
    std::printf("learning_gru_training %.1f s\n", training);
    std::printf("learning_gru_epochs %zu epochs\n", trained.epochs.size());
    std::printf("learning_gru_validation_auc %.3f auc\n",
                trained.epochs[static_cast<std::size_t>(trained.bestEpoch - 1)].validationAuc);

    // One day of the whole market: every institution's window ending on the last day.
    std::vector<WarningSample> day;
    for (std::size_t r = 0; r < rows; ++r)
        day.push_back({static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(days - 1)});
    started = std::chrono::steady_clock::now();
    const std::clock_t cpu = std::clock();
    const std::vector<double> scores = trained.model.score(tensor, day, hyper.threads);
    std::printf("learning_score_market_day %.3f s\n", secondsSince(started));
    // Processor time over both threads: what the wall time would be on an idle machine, times two.
    std::printf("learning_score_market_day_cpu %.3f s\n", static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    started = std::chrono::steady_clock::now();
    const auto why = trained.model.explain(tensor, day.front(), 10);
    std::printf("learning_explain_one_warning %.4f s\n", secondsSince(started));
    // The test split has 450,000 windows at this size; a fixed sample of every 20th is plenty.
    std::vector<WarningSample> testSample;
    for (std::size_t i = 0; i < data.test().size(); i += 20) testSample.push_back(data.test()[i]);
    const std::vector<double> test = trained.model.score(tensor, testSample, hyper.threads);
    std::printf("learning_gru_test_auc %.3f auc\n", rocAuc(test, data.labels(testSample)));
    std::printf("learning_peak_memory %.0f MB\n", peakMegabytes());
    return scores.size() == rows && !why.empty() ? 0 : 1;
}
