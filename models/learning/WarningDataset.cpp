#include "WarningDataset.h"

#include "Random.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

namespace eagle {

WarningDataset::WarningDataset(const FeatureTensor& tensor, const std::vector<RiskEvent>& events,
                               const WarningTask& task, const WarningSplit& split)
    : task_(task), days_(tensor.dayCount()) {
    const std::size_t rows = tensor.rows();
    if (task.window < 1 || task.horizon < 1) throw std::invalid_argument("window and horizon must be positive");
    if (static_cast<std::size_t>(task.window + task.horizon) >= days_)
        throw std::invalid_argument("the workspace has " + std::to_string(days_) + " days: too few for a " +
                                    std::to_string(task.window) + "-day window and a " + std::to_string(task.horizon) +
                                    "-day horizon");
    cutoff_ = static_cast<std::size_t>(static_cast<double>(days_) * (1 - split.testPeriod));

    // Institutions: a seeded shuffle, then test, validation and training in that order.
    std::vector<std::size_t> order(rows);
    std::iota(order.begin(), order.end(), 0);
    Random random(split.seed);
    for (std::size_t i = rows > 0 ? rows - 1 : 0; i > 0; --i) std::swap(order[i], order[random.index(i + 1)]);
    const auto nTest = static_cast<std::size_t>(split.testInstitutions * static_cast<double>(rows));
    const auto nValidation = static_cast<std::size_t>(split.validationInstitutions * static_cast<double>(rows));
    parts_.assign(rows, SplitPart::Train);
    for (std::size_t k = 0; k < rows; ++k)
        parts_[order[k]] = k < nTest                 ? SplitPart::Test
                           : k < nTest + nValidation ? SplitPart::Validation
                                                     : SplitPart::Train;

    std::unordered_map<std::int64_t, std::size_t> rowOf;
    for (std::size_t r = 0; r < rows; ++r) rowOf[tensor.institutions()[r].value] = r;
    labels_.assign(rows * days_, 0);
    std::vector<std::size_t> lastDay(rows, days_);  // exclusive: days from a terminal event on are not scored
    for (const RiskEvent& e : events) {
        const auto row = rowOf.find(e.institution.value);
        if (row == rowOf.end()) continue;
        const std::size_t onset = tensor.columnOf(e.day);
        if (terminalEventKinds().count(e.kind)) lastDay[row->second] = std::min(lastDay[row->second], onset);
        if (!task.eventKinds.empty() && !task.eventKinds.count(e.kind)) continue;
        if (onset >= days_) continue;
        ++events_;
        // Positive: the days from which the onset lies 1..horizon days ahead.
        const std::size_t from = onset > static_cast<std::size_t>(task.horizon) ? onset - task.horizon : 0;
        for (std::size_t d = from; d < onset; ++d) labels_[row->second * days_ + d] = 1;
        if (parts_[row->second] == SplitPart::Test && onset >= cutoff_ + static_cast<std::size_t>(task.horizon))
            testOnsets_.push_back({static_cast<Eigen::Index>(row->second), static_cast<Eigen::Index>(onset)});
    }

    // A sample needs a full window behind it and a full horizon ahead (no censored labels).
    const std::size_t first = static_cast<std::size_t>(task.window - 1);
    const std::size_t last = days_ - 1 - static_cast<std::size_t>(task.horizon);  // inclusive
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t d = first; d <= last && d < lastDay[r]; ++d) {
            const WarningSample s{static_cast<std::uint32_t>(r), static_cast<std::uint32_t>(d)};
            const bool early = d + static_cast<std::size_t>(task.horizon) < cutoff_;
            switch (parts_[r]) {
                case SplitPart::Train:
                    if (early) train_.push_back(s);
                    break;
                case SplitPart::Validation:
                    if (early) validation_.push_back(s);
                    break;
                case SplitPart::Test:
                    if (d >= cutoff_) test_.push_back(s);
                    break;
            }
        }
}

std::vector<int> WarningDataset::labels(const std::vector<WarningSample>& samples) const {
    std::vector<int> y;
    y.reserve(samples.size());
    for (const auto& s : samples) y.push_back(label(s));
    return y;
}

}  // namespace eagle
