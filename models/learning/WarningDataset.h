#pragma once
// The early-warning task on a feature tensor: which institution-days are followed by a risk event
// within the horizon (labels), which can be scored at all, and the split into training,
// validation and test samples — held-out institutions AND a later period, so that a model is
// judged on institutions it never saw, after the days it learnt from.

#include "FeatureTensor.h"
#include "WarningMetrics.h"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace eagle {

// Events after which an institution no longer trades: its days from then on are not scored.
inline const std::set<std::string>& terminalEventKinds() {
    static const std::set<std::string> kinds{"failure", "default"};
    return kinds;
}

// The distress events a forecast can reasonably foresee from an institution's own trading: the
// failure at the end of a liquidity squeeze, defaults, forced deleveraging after a leverage
// build-up, losses on loans to a failing borrower. Misconduct (circular trading, parking,
// marking the close) and sudden shocks start without warning in the data and are left to rules.
inline const std::set<std::string>& distressEventKinds() {
    static const std::set<std::string> kinds{"failure", "default", "forced_deleveraging", "counterparty_default_loss"};
    return kinds;
}

struct WarningTask {
    int window = 60;   // days of features the network reads
    int horizon = 20;  // a sample is positive when an event starts within this many days after it
    std::set<std::string> eventKinds = distressEventKinds();  // empty: every kind
};

struct WarningSplit {
    double testInstitutions = 0.3;
    double validationInstitutions = 0.15;
    double testPeriod = 0.4;  // the last share of days is the test period
    std::uint64_t seed = 20250102;
};

struct WarningSample {
    std::uint32_t row = 0;
    std::uint32_t day = 0;  // the last day the window reads; the forecast is for the days after it
};

enum class SplitPart : std::uint8_t { Train, Validation, Test };

class WarningDataset {
public:
    WarningDataset(const FeatureTensor& tensor, const std::vector<RiskEvent>& events, const WarningTask& task,
                   const WarningSplit& split);

    const WarningTask& task() const { return task_; }
    std::size_t cutoff() const { return cutoff_; }  // first day of the test period
    SplitPart partOf(std::size_t row) const { return parts_[row]; }
    int label(const WarningSample& s) const { return labels_[s.row * days_ + s.day]; }

    const std::vector<WarningSample>& train() const { return train_; }
    const std::vector<WarningSample>& validation() const { return validation_; }
    const std::vector<WarningSample>& test() const { return test_; }
    // Event onsets of test institutions in the test period, at least a horizon after its start
    // (for lead times).
    const std::vector<EventOnset>& testOnsets() const { return testOnsets_; }
    std::vector<int> labels(const std::vector<WarningSample>& samples) const;
    int events() const { return events_; }

private:
    WarningTask task_;
    std::size_t days_ = 0;
    std::size_t cutoff_ = 0;
    std::vector<SplitPart> parts_;
    std::vector<std::uint8_t> labels_;  // rows x days
    std::vector<WarningSample> train_, validation_, test_;
    std::vector<EventOnset> testOnsets_;
    int events_ = 0;
};

}  // namespace eagle
