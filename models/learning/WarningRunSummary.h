#pragma once
// What a stored early-warning run records beside its model: the split and evaluation settings, the
// training history (loss and validation figures per epoch) and every model's test figures (the
// GRU and its baselines), kept as the model's key=value;... metrics text so that the workstation
// can show the loss curves and the evaluation table of a run trained earlier.

#include "Ids.h"
#include "WarningEvaluation.h"

#include <string>
#include <vector>

namespace eagle {

struct WarningRunSummary {
    RunId profileRun;
    WarningSplit split;
    EvaluationOptions options;
    std::size_t trainingSamples = 0, trainingPositives = 0;
    std::size_t testSamples = 0, testPositives = 0;
    int testInstitutions = 0;
    int bestEpoch = 0;
    std::vector<EpochReport> epochs;
    std::vector<ModelEvaluation> models;  // GRU first, then the baselines; lead.leads not kept

    static WarningRunSummary of(const WarningEvaluation& evaluation, const WarningSplit& split, RunId profileRun);
    // Keeps the GRU's figures under the keys the CLI has always written (roc_auc, pr_auc,
    // precision_at_k, median_lead, profile_run); numbers at full precision.
    std::string toText() const;
    // Reads what toText wrote; keys it does not find keep their defaults.
    static WarningRunSummary fromText(const std::string& text);
};

}  // namespace eagle
