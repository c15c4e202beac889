#pragma once
// Trains the early-warning GRU on a dataset's training samples: per epoch a seeded draw of windows
// (a fixed share followed by an event, the rest not), mini-batches with Adam, dropout and gradient
// clipping, then the ROC AUC on the validation institutions; stops early when it has not improved
// for `patience` epochs and keeps the best epoch's weights. Deterministic for a seed, whatever the
// number of threads (each batch is always computed as the same two halves).

#include "Progress.h"
#include "WarningModel.h"

#include <functional>
#include <stop_token>

namespace eagle {

struct EpochReport {
    int epoch = 0;  // from 1
    double trainingLoss = 0;    // mean cross-entropy of the epoch's batches (with dropout)
    double validationLoss = 0;  // mean cross-entropy on the validation windows (no dropout)
    double validationAuc = 0;
    double seconds = 0;
    bool best = false;
};

using EpochCallback = std::function<void(const EpochReport&)>;

struct TrainingResult {
    WarningModel model;
    std::vector<EpochReport> epochs;
    int bestEpoch = 0;
};

// `scaled` must hold the scaling's values (WarningModel::scale).
TrainingResult trainWarningModel(const FeatureTensor& scaled, const WarningDataset& data, const FeatureScaling& scaling,
                                 const WarningHyperParameters& hyper, const EpochCallback& onEpoch = {},
                                 const ProgressCallback& progress = {}, const std::stop_token& stop = {});

// Fits the input scaling on the training institutions' days before the test period (every
// `stride`-th day, to keep it cheap on large markets).
FeatureScaling fitWarningScaling(const FeatureTensor& raw, const WarningDataset& data, std::size_t stride = 3);

}  // namespace eagle
