#include "WarningTrainer.h"

#include "AdamOptimizer.h"
#include "Random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace eagle {
namespace {

using Net = GruNetwork<float>;

// A seeded draw of training windows for one epoch, shuffled.
std::vector<WarningSample> drawEpoch(const std::vector<WarningSample>& positives,
                                     const std::vector<WarningSample>& negatives, const WarningHyperParameters& h,
                                     Random& random) {
    std::vector<WarningSample> epoch;
    const auto total = static_cast<std::size_t>(h.samplesPerEpoch);
    const auto nPositive =
        positives.empty() ? 0 : static_cast<std::size_t>(h.positiveShare * static_cast<double>(total));
    for (std::size_t k = 0; k < nPositive; ++k) epoch.push_back(positives[random.index(positives.size())]);
    for (std::size_t k = nPositive; k < total && !negatives.empty(); ++k)
        epoch.push_back(negatives[random.index(negatives.size())]);
    for (std::size_t i = epoch.size() - 1; i > 0; --i) std::swap(epoch[i], epoch[random.index(i + 1)]);
    return epoch;
}

// Loss and gradient of one batch as two fixed halves (run in parallel when threads allow).
float batchGradient(const Net& net, const FeatureTensor& scaled, const WarningDataset& data,
                    const WarningSample* samples, int count, const WarningHyperParameters& h, std::uint64_t batchSeed,
                    Net::Vector& gradient) {
    struct Half {
        int from = 0, count = 0;
        float loss = 0;
        Net::Vector gradient;
    };
    Half halves[2];
    halves[0] = {0, count / 2};
    halves[1] = {count / 2, count - count / 2};
    const auto run = [&](Half& half, std::uint64_t seed) {
        if (half.count == 0) {
            half.gradient = Net::Vector::Zero(net.parameterCount());
            return;
        }
        Net::Matrix input;
        fillWindows(scaled, samples + half.from, half.count, data.task().window, input);
        Net::Vector labels(half.count);
        for (int b = 0; b < half.count; ++b) labels[b] = static_cast<float>(data.label(samples[half.from + b]));
        Random dropout(seed);
        half.loss = net.lossAndGradient(input, half.count, labels, Net::Vector::Ones(half.count), half.gradient,
                                        &dropout, static_cast<float>(h.dropout));
    };
    if (h.threads > 1) {
        std::jthread second(run, std::ref(halves[1]), batchSeed * 2 + 1);
        run(halves[0], batchSeed * 2);
    } else {
        run(halves[0], batchSeed * 2);
        run(halves[1], batchSeed * 2 + 1);
    }
    const float w0 = static_cast<float>(halves[0].count) / static_cast<float>(count);
    gradient = w0 * halves[0].gradient + (1 - w0) * halves[1].gradient;
    return w0 * halves[0].loss + (1 - w0) * halves[1].loss;
}

// Mean binary cross-entropy of probabilities against labels, clamped away from log(0);
// NaN without samples.
double crossEntropy(const std::vector<double>& scores, const std::vector<int>& labels) {
    if (scores.empty()) return std::nan("");
    double sum = 0;
    for (std::size_t k = 0; k < scores.size(); ++k) {
        const double p = std::clamp(scores[k], 1e-7, 1 - 1e-7);
        sum -= labels[k] ? std::log(p) : std::log(1 - p);
    }
    return sum / static_cast<double>(scores.size());
}

}  // namespace

FeatureScaling fitWarningScaling(const FeatureTensor& raw, const WarningDataset& data, std::size_t stride) {
    std::vector<std::vector<double>> columns(raw.featureCount());
    for (std::size_t r = 0; r < raw.rows(); ++r) {
        if (data.partOf(r) != SplitPart::Train) continue;
        for (std::size_t d = 0; d < data.cutoff(); d += stride)
            for (std::size_t f = 0; f < raw.featureCount(); ++f) columns[f].push_back(raw.at(r, d, f));
    }
    return FeatureScaling::fitColumns(columns);
}

TrainingResult trainWarningModel(const FeatureTensor& scaled, const WarningDataset& data, const FeatureScaling& scaling,
                                 const WarningHyperParameters& hyper, const EpochCallback& onEpoch,
                                 const ProgressCallback& progress, const std::stop_token& stop) {
    TrainingResult result{WarningModel(data.task(), hyper, scaled.features(), scaling), {}, 0};
    Net& net = result.model.network();
    net.initialise(hyper.seed);
    AdamOptimizer<float> adam(net.parameterCount(), hyper.learningRate, hyper.clipNorm);

    std::vector<WarningSample> positives, negatives;
    for (const WarningSample& s : data.train()) (data.label(s) ? positives : negatives).push_back(s);
    Random random(hyper.seed ^ 0x5eed5eedULL);
    // A fixed sample of validation windows, the same every epoch.
    std::vector<WarningSample> validation = data.validation();
    constexpr std::size_t kValidation = 8000;
    if (validation.size() > kValidation) {
        for (std::size_t i = 0; i < kValidation; ++i)
            std::swap(validation[i], validation[i + random.index(validation.size() - i)]);
        validation.resize(kValidation);
    }
    const std::vector<int> validationLabels = data.labels(validation);

    Net::Vector best = net.parameters();
    double bestAuc = -1;
    Net::Vector gradient;
    const int batch = std::max(2, hyper.batch);
    for (int epoch = 1; epoch <= hyper.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        const std::vector<WarningSample> samples = drawEpoch(positives, negatives, hyper, random);
        double lossSum = 0;
        int batches = 0;
        for (std::size_t at = 0; at + static_cast<std::size_t>(batch) <= samples.size();
             at += static_cast<std::size_t>(batch)) {
            throwIfStopped(stop);
            const std::uint64_t batchSeed = hyper.seed + static_cast<std::uint64_t>(epoch) * 1000003ULL + at;
            lossSum += batchGradient(net, scaled, data, samples.data() + at, batch, hyper, batchSeed, gradient);
            adam.step(net.parameters(), gradient);
            ++batches;
            if (progress && batches % 20 == 0)
                progress((epoch - 1 + static_cast<double>(at) / static_cast<double>(samples.size())) / hyper.epochs,
                         "training epoch " + std::to_string(epoch));
        }
        EpochReport report;
        report.epoch = epoch;
        report.trainingLoss = batches ? lossSum / batches : 0;
        const std::vector<double> validationScores = result.model.score(scaled, validation, hyper.threads);
        report.validationAuc = rocAuc(validationScores, validationLabels);
        report.validationLoss = crossEntropy(validationScores, validationLabels);
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        // Without validation events (a tiny market) the last epoch is kept.
        report.best = std::isnan(report.validationAuc) || report.validationAuc > bestAuc;
        if (report.best) {
            bestAuc = std::isnan(report.validationAuc) ? bestAuc : report.validationAuc;
            best = net.parameters();
            result.bestEpoch = epoch;
        }
        result.epochs.push_back(report);
        if (onEpoch) onEpoch(report);
        if (epoch - result.bestEpoch >= hyper.patience) break;
    }
    net.parameters() = best;
    if (progress) progress(1, "trained");
    return result;
}

}  // namespace eagle
