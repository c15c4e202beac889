#pragma once
// The work behind "Cluster and train": reads the latest profile run of a workspace, groups the
// institutions by strategy, trains the early-warning GRU with its baselines, scores every
// institution-day and stores both results (a cluster run and a warning run). Runs on a worker
// thread (no Qt). Cancelling stops it before anything is written: both runs are written in one
// transaction after the last cancellation point, so a cancelled, crashed or failed job leaves the
// workspace as it was.

#include "ClusterRun.h"
#include "Progress.h"
#include "WarningEvaluation.h"

#include <optional>
#include <string>

namespace eagle {

struct LearningOptions {
    // The period whose mean profile is clustered: its trading days from `from` to `to`; unset
    // ends mean the whole profile run.
    std::optional<Date> from, to;
    ClusteringOptions clustering;
    int moveWindow = 60;  // days per window when looking for institutions that change cluster
    bool train = true;    // also train and score the early-warning model
    WarningTask task;
    WarningSplit split;
    WarningHyperParameters hyper;
    EvaluationOptions evaluation;
};

struct LearningOutcome {
    RunId clusterRun;
    RunId warningRun;  // invalid when not trained
    std::size_t scores = 0;
    int clusters = 0;
};

LearningOutcome runLearning(const std::string& workspace, const LearningOptions& options,
                            const EpochCallback& onEpoch = {}, const ProgressCallback& progress = {},
                            const std::stop_token& stop = {});

}  // namespace eagle
