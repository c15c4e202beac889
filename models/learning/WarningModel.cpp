#include "WarningModel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <thread>

namespace eagle {

void fillWindows(const FeatureTensor& scaled, const WarningSample* samples, int count, int window,
                 GruNetwork<float>::Matrix& out) {
    const auto features = static_cast<Eigen::Index>(scaled.featureCount());
    out.resize(features, static_cast<Eigen::Index>(window) * count);
    for (int b = 0; b < count; ++b) {
        const WarningSample& s = samples[b];
        const std::size_t first = s.day + 1 - static_cast<std::size_t>(window);
        for (int t = 0; t < window; ++t)
            out.col(static_cast<Eigen::Index>(t) * count + b) =
                Eigen::Map<const Eigen::VectorXf>(scaled.day(s.row, first + static_cast<std::size_t>(t)), features);
    }
}

WarningModel::WarningModel(WarningTask task, WarningHyperParameters hyper, std::vector<std::string> features,
                           FeatureScaling scaling)
    : task_(std::move(task)),
      hyper_(hyper),
      features_(std::move(features)),
      scaling_(std::move(scaling)),
      network_({static_cast<int>(features_.size()), hyper.hidden, hyper.layers}) {}

void scaleInPlace(FeatureTensor& tensor, const FeatureScaling& scaling) {
    for (std::size_t r = 0; r < tensor.rows(); ++r)
        for (std::size_t d = 0; d < tensor.dayCount(); ++d)
            for (std::size_t f = 0; f < tensor.featureCount(); ++f)
                tensor.at(r, d, f) = static_cast<float>(scaling.apply(f, tensor.at(r, d, f)));
}

void WarningModel::scale(FeatureTensor& tensor) const {
    if (tensor.features() != features_) throw std::invalid_argument("the workspace's features differ from the model's");
    scaleInPlace(tensor, scaling_);
}

std::vector<double> WarningModel::score(const FeatureTensor& scaled, const std::vector<WarningSample>& samples,
                                        int threads) const {
    std::vector<double> scores(samples.size());
    constexpr std::size_t kBatch = 256;
    const auto work = [&](std::size_t from, std::size_t to) {
        GruNetwork<float>::Matrix input;
        for (std::size_t at = from; at < to; at += kBatch) {
            const auto n = static_cast<int>(std::min(kBatch, to - at));
            fillWindows(scaled, samples.data() + at, n, task_.window, input);
            const auto logits = network_.logits(input, n);
            for (int b = 0; b < n; ++b)
                scores[at + static_cast<std::size_t>(b)] = 1 / (1 + std::exp(-double(logits[b])));
        }
    };
    const auto parts = static_cast<std::size_t>(std::max(1, threads));
    std::vector<std::jthread> pool;
    const std::size_t share = (samples.size() + parts - 1) / parts;
    for (std::size_t p = 1; p < parts; ++p)
        pool.emplace_back(work, std::min(samples.size(), p * share), std::min(samples.size(), (p + 1) * share));
    work(0, std::min(samples.size(), share));
    pool.clear();  // joins before the scores are handed out
    return scores;
}

std::vector<FeatureContribution> WarningModel::explain(const FeatureTensor& scaled, const WarningSample& sample,
                                                       std::size_t top) const {
    GruNetwork<float>::Matrix input;
    fillWindows(scaled, &sample, 1, task_.window, input);
    const GruNetwork<float>::Matrix gradient = network_.inputGradient(input);
    std::vector<FeatureContribution> all;
    const std::size_t first = sample.day + 1 - static_cast<std::size_t>(task_.window);
    for (Eigen::Index t = 0; t < input.cols(); ++t)
        for (Eigen::Index f = 0; f < input.rows(); ++f)
            all.push_back({features_[static_cast<std::size_t>(f)], first + static_cast<std::size_t>(t),
                           static_cast<double>(gradient(f, t)) * static_cast<double>(input(f, t))});
    top = std::min(top, all.size());
    std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(top), all.end(),
                      [](const auto& a, const auto& b) { return std::abs(a.value) > std::abs(b.value); });
    all.resize(top);
    return all;
}

}  // namespace eagle
