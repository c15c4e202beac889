#pragma once
// A trained early-warning model: the GRU, the features it reads in order, their scaling, the task
// (window, horizon, event kinds) and the hyper-parameters and seed it was trained with. Scores
// windows of a tensor and explains a score by gradient x input.

#include "FeatureScaling.h"
#include "FeatureTensor.h"
#include "GruNetwork.h"
#include "WarningDataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace eagle {

struct WarningHyperParameters {
    int hidden = 32;
    int layers = 2;
    double dropout = 0.2;
    double learningRate = 2e-3;
    double clipNorm = 1.0;
    int epochs = 20;
    int batch = 64;
    int patience = 4;             // epochs without a better validation AUC before stopping
    int samplesPerEpoch = 16000;  // windows drawn per epoch
    double positiveShare = 0.3;   // of them, windows followed by an event (drawn with replacement)
    int threads = 2;
    std::uint64_t seed = 20250102;
};

struct FeatureContribution {
    std::string feature;
    std::size_t day = 0;  // column in the tensor
    double value = 0;     // gradient x input on the logit: positive raised the warning
};

// Replaces raw feature values by scaled ones in place (missing values become 0).
void scaleInPlace(FeatureTensor& tensor, const FeatureScaling& scaling);

// The windows of `count` samples as one GRU input (features x window * count), from a scaled tensor.
void fillWindows(const FeatureTensor& scaled, const WarningSample* samples, int count, int window,
                 GruNetwork<float>::Matrix& out);

class WarningModel {
public:
    WarningModel(WarningTask task, WarningHyperParameters hyper, std::vector<std::string> features,
                 FeatureScaling scaling);

    const WarningTask& task() const { return task_; }
    const WarningHyperParameters& hyper() const { return hyper_; }
    const std::vector<std::string>& features() const { return features_; }
    const FeatureScaling& scaling() const { return scaling_; }
    GruNetwork<float>& network() { return network_; }
    const GruNetwork<float>& network() const { return network_; }

    // Replaces raw feature values by the model's scaled inputs (missing values become 0). The
    // tensor's features must be the model's, in order.
    void scale(FeatureTensor& tensor) const;

    // Probability of an event within the horizon for each sample of a scaled tensor.
    std::vector<double> score(const FeatureTensor& scaled, const std::vector<WarningSample>& samples,
                              int threads = 1) const;

    // The `top` largest contributions (by absolute value) of features and days to one sample's score.
    std::vector<FeatureContribution> explain(const FeatureTensor& scaled, const WarningSample& sample,
                                             std::size_t top = 10) const;

private:
    WarningTask task_;
    WarningHyperParameters hyper_;
    std::vector<std::string> features_;
    FeatureScaling scaling_;
    GruNetwork<float> network_;
};

}  // namespace eagle
