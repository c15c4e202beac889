#include "LearningJob.h"

#include "ProfilePipeline.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"

#include <cstdio>

namespace eagle {
namespace {

ProgressCallback slice(const ProgressCallback& progress, double from, double to) {
    return [=](double f, const std::string& step) {
        if (progress) progress(from + (to - from) * f, step);
    };
}

}  // namespace

LearningOutcome runLearning(const std::string& workspace, const LearningOptions& options, const EpochCallback& onEpoch,
                            const ProgressCallback& progress, const std::stop_token& stop) {
    Store store = Store::open(workspace);
    const auto profile = ResultStore(store).latestRun(kProfileRunKind);
    if (!profile) throw std::runtime_error("the workspace has no profile run yet");
    if (progress) progress(0, "reading the profile features");
    FeatureTensor tensor = FeatureTensor::load(store, profile->id, slice(progress, 0, 0.1), stop);
    if (tensor.dayCount() == 0) throw std::runtime_error("the profile run has no days");
    throwIfStopped(stop);

    if (progress) progress(0.1, "clustering institutions by strategy");
    const std::size_t last = tensor.dayCount() - 1;
    const StrategyClusters clusters = clusterStrategies(tensor.windowMeans(0, last), tensor.features(), options.clustering);
    const std::vector<ClusterMove> moves =
        clusterMoves(clusters, tensor, 0, last, static_cast<std::size_t>(std::max(5, options.moveWindow)));
    const std::string clusterParams =
        ClusterRunInfo::of(clusters, options.clustering, tensor.days().front().toString(), tensor.days()[last].toString(),
                           options.moveWindow)
            .toText();
    throwIfStopped(stop);

    LearningOutcome outcome;
    outcome.clusters = static_cast<int>(clusters.clusters.size());
    if (options.train) {
        // The last epoch's figures ride along with the trainer's own progress steps.
        std::string lastEpoch;
        const ProgressCallback training = slice(progress, 0.15, 0.9);
        const EpochCallback epochs = [&](const EpochReport& e) {
            char text[160];
            std::snprintf(text, sizeof text, "epoch %d: loss %.4f, validation loss %.4f, validation AUC %.3f", e.epoch,
                          e.trainingLoss, e.validationLoss, e.validationAuc);
            lastEpoch = text;
            if (onEpoch) onEpoch(e);
            if (progress) training(static_cast<double>(e.epoch) / options.hyper.epochs, lastEpoch);
        };
        const ProgressCallback trainingSteps = [&](double f, const std::string& step) {
            training(f, lastEpoch.empty() ? step : step + " (" + lastEpoch + ")");
        };
        const WarningEvaluation evaluation = evaluateWarnings(tensor, store.riskEvents(), options.task, options.split,
                                                              options.hyper, options.evaluation, epochs, trainingSteps, stop);
        throwIfStopped(stop);
        const std::string metrics = WarningRunSummary::of(evaluation, options.split, profile->id).toText();
        // Scoring checks for cancellation; the run is written in one transaction after it.
        const WarningRunResult stored =
            storeWarningRun(store, evaluation.training->model, tensor, metrics, slice(progress, 0.9, 0.99), stop);
        outcome.warningRun = stored.run;
        outcome.scores = stored.scores;
    }
    // No cancellation point from here on: the cluster run follows the warning run at once.
    outcome.clusterRun = storeClusterRun(store, clusters, tensor, moves, clusterParams);
    if (progress) progress(1, "stored");
    return outcome;
}

}  // namespace eagle
