#include "WarningMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace eagle {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void checkSizes(const std::vector<double>& scores, const std::vector<int>& labels) {
    if (scores.size() != labels.size()) throw std::invalid_argument("scores and labels differ in length");
}

// Indices ordered by descending score (stable: ties keep their order).
std::vector<std::size_t> descending(const std::vector<double>& scores) {
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

}  // namespace

double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
    checkSizes(scores, labels);
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double positiveRanks = 0;
    double positives = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j < order.size() && scores[order[j]] == scores[order[i]]) ++j;
        const double midrank = (static_cast<double>(i) + static_cast<double>(j) + 1) / 2;  // ranks i+1..j
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]]) {
                positiveRanks += midrank;
                positives += 1;
            }
        i = j;
    }
    const double negatives = static_cast<double>(scores.size()) - positives;
    if (positives == 0 || negatives == 0) return kNaN;
    return (positiveRanks - positives * (positives + 1) / 2) / (positives * negatives);
}

double prAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
    checkSizes(scores, labels);
    const double positives = static_cast<double>(std::count_if(labels.begin(), labels.end(), [](int y) { return y; }));
    if (positives == 0) return kNaN;
    const auto order = descending(scores);
    double truePositives = 0, seen = 0, area = 0, lastRecall = 0;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        for (; j < order.size() && scores[order[j]] == scores[order[i]]; ++j) {
            truePositives += labels[order[j]] ? 1 : 0;
            seen += 1;
        }
        const double recall = truePositives / positives;
        area += (recall - lastRecall) * (truePositives / seen);
        lastRecall = recall;
        i = j;
    }
    return area;
}

double precisionAtK(const std::vector<double>& scores, const std::vector<int>& labels, std::size_t k) {
    checkSizes(scores, labels);
    k = std::min(k, scores.size());
    if (k == 0) return kNaN;
    const auto order = descending(scores);
    double hits = 0;
    for (std::size_t i = 0; i < k; ++i) hits += labels[order[i]] ? 1 : 0;
    return hits / static_cast<double>(k);
}

double thresholdForAlarmRate(std::vector<double> scores, double rate) {
    std::erase_if(scores, [](double s) { return std::isnan(s); });
    if (scores.empty()) return kNaN;
    std::sort(scores.begin(), scores.end(), std::greater<>());
    const auto k = static_cast<std::size_t>(std::ceil(rate * static_cast<double>(scores.size())));
    return scores[std::clamp<std::size_t>(k, 1, scores.size()) - 1];
}

LeadTimeSummary leadTimes(const Eigen::MatrixXd& scores, double threshold, const std::vector<EventOnset>& onsets,
                          int horizon) {
    LeadTimeSummary summary;
    std::vector<double> leads;
    for (const EventOnset& e : onsets) {
        const Eigen::Index from = std::max<Eigen::Index>(0, e.column - horizon);
        const Eigen::Index to = std::min<Eigen::Index>(e.column, scores.cols());  // exclusive
        bool scored = false;
        for (Eigen::Index c = from; c < to; ++c) {
            const double s = scores(e.row, c);
            if (std::isnan(s)) continue;
            scored = true;
            if (s >= threshold) {
                summary.leads.push_back(static_cast<int>(e.column - c));
                leads.push_back(static_cast<double>(e.column - c));
                ++summary.warned;
                break;
            }
        }
        if (scored) ++summary.events;
    }
    summary.median = median(std::move(leads));
    return summary;
}

double median(std::vector<double> values) {
    if (values.empty()) return kNaN;
    std::sort(values.begin(), values.end());
    const std::size_t m = values.size() / 2;
    return values.size() % 2 ? values[m] : (values[m - 1] + values[m]) / 2;
}

}  // namespace eagle
