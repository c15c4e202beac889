#include "LearningJob.h"

#include "ProfilePipeline.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"

#include <cstdio>
#include <optional>

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
    const std::size_t first = options.from ? tensor.columnOf(*options.from) : 0;
    std::size_t last = tensor.dayCount() - 1;
    if (options.to) {
        // The last trading day on or before `to`.
        const std::size_t after = tensor.columnOf(options.to->addDays(1));
        last = after == 0 ? 0 : after - 1;
    }
    if (first > last || first >= tensor.dayCount())
        throw std::runtime_error("the clustering period " + (options.from ? options.from->toString() : std::string()) +
                                 " to " + (options.to ? options.to->toString() : std::string()) +
                                 " holds no trading day of the profile run");
    const StrategyClusters clusters =
        clusterStrategies(tensor.windowMeans(first, last), tensor.features(), options.clustering);
    const std::vector<ClusterMove> moves =
        clusterMoves(clusters, tensor, first, last, static_cast<std::size_t>(std::max(5, options.moveWindow)));
    const std::string clusterParams =
        ClusterRunInfo::of(clusters, options.clustering, tensor.days()[first].toString(), tensor.days()[last].toString(),
                           options.moveWindow)
            .toText();
    throwIfStopped(stop);

    LearningOutcome outcome;
    outcome.clusters = static_cast<int>(clusters.clusters.size());
    std::optional<WarningModel> model;
    std::vector<WarningScore> scores;
    std::string metrics;
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
        metrics = WarningRunSummary::of(evaluation, options.split, profile->id).toText();
        model = evaluation.training->model;
        scores = scoreMarket(*model, tensor, slice(progress, 0.9, 0.99), stop);  // the last cancellation point
    }
    // The warning run and the cluster run are written in one transaction: a crash or a full disk
    // leaves the workspace with both or with neither, never a model without its clusters.
    Transaction tx(store.database());
    if (model) {
        const WarningRunResult stored = writeWarningRun(store, *model, scores, metrics);
        outcome.warningRun = stored.run;
        outcome.scores = stored.scores;
    }
    outcome.clusterRun = storeClusterRun(store, clusters, tensor, moves, clusterParams);
    tx.commit();
    if (progress) progress(1, "stored");
    return outcome;
}

}  // namespace eagle
