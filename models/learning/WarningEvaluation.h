#pragma once
// Trains the early-warning GRU and its two baselines on one split and measures all three on the
// same test samples (held-out institutions in the later period): ROC AUC, PR AUC, precision at
// the top k, and lead times at a common alarm budget.

#include "WarningBaselines.h"
#include "WarningTrainer.h"

#include <optional>
#include <string>
#include <vector>

namespace eagle {

struct EvaluationOptions {
    std::size_t topK = 100;   // precision at the k highest test scores
    double alarmRate = 0.05;  // every model warns on this share of test institution-days
    int leadLookback = 40;    // a warning counts for an event up to this many days before it (as in
                              // the rules' backtest)
};

struct ModelEvaluation {
    std::string model;
    std::string detail;  // e.g. the single feature chosen
    double rocAuc = 0;
    double prAuc = 0;
    double precisionAtK = 0;
    double threshold = 0;
    LeadTimeSummary lead;
};

struct WarningEvaluation {
    std::vector<ModelEvaluation> models;  // GRU, logistic regression, best single feature
    std::size_t trainingSamples = 0, trainingPositives = 0;
    std::size_t testSamples = 0, testPositives = 0;
    int testInstitutions = 0;
    EvaluationOptions options;
    std::optional<TrainingResult> training;
    // The test sample the GRU scored highest and the features and days that raised it most.
    WarningSample topWarning;
    double topWarningScore = 0;
    std::vector<FeatureContribution> topWarningReasons;
};

// Scales `tensor` in place (fitted on the training split) and runs everything.
WarningEvaluation evaluateWarnings(FeatureTensor& tensor, const std::vector<RiskEvent>& events, const WarningTask& task,
                                   const WarningSplit& split, const WarningHyperParameters& hyper,
                                   const EvaluationOptions& options = {}, const EpochCallback& onEpoch = {},
                                   const ProgressCallback& progress = {}, const std::stop_token& stop = {});

// One model's row from its test scores.
ModelEvaluation measure(const std::string& model, const std::vector<double>& scores, const WarningDataset& data,
                        std::size_t rows, std::size_t days, const EvaluationOptions& options);

}  // namespace eagle
