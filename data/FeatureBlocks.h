#pragma once
// Feature values are stored in blocks (schema v8): one row per run, block of kFeatureBlockDays
// trading days, feature and institution, the values packed as little-endian doubles with NaN for
// "no value". FeatureBlockWriter buffers one block of days for a whole market and writes it in key
// order; ResultStore reads blocks back.

#include "Database.h"
#include "Date.h"
#include "Ids.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace eagle {

// 64 days of 5,000 institutions and 40 features is 100 MB of buffer: memory stays bounded while a
// block row (512 bytes) is still small enough for SQLite to keep in its b-tree page.
inline constexpr int kFeatureBlockDays = 64;

// Decodes a block into values; an empty or short block leaves the rest as NaN.
void decodeFeatureBlock(std::span<const std::byte> block, std::span<double> values);

// Writes the features of a run day by day. Days ascend; a day the run does not have yet becomes
// its next trading day (run_day). Nothing is written for a (feature, institution) whose block has
// no finite value. Call finish() to write the last block; without it the last block is dropped, so
// a failed run inside a transaction leaves nothing half-written.
class FeatureBlockWriter {
public:
    FeatureBlockWriter(Database& db, RunId run, std::vector<InstitutionId> institutions,
                       std::vector<std::int64_t> featureIds);

    void beginDay(Date day);
    // Whether beginDay(day) can place the day: one of the run's days, or later than all of them.
    bool accepts(Date day) const { return positionOf_.contains(day.daysSinceEpoch()) || day > lastDay_; }
    // feature and institution index the constructor's vectors.
    void set(std::size_t feature, std::size_t institution, double value) {
        buffer_[(feature * institutions_.size() + institution) * kFeatureBlockDays + slot_] = value;
    }
    void finish();

    // Finite values written so far.
    std::int64_t values() const { return values_; }

private:
    void flush();

    Database& db_;
    RunId run_;
    std::vector<InstitutionId> institutions_;
    std::vector<std::int64_t> featureIds_;
    std::unordered_map<std::int32_t, int> positionOf_;  // the run's existing days
    int dayCount_ = 0;                                  // days the run has
    Date lastDay_{-1000000};                            // the run's last day
    int blockStart_ = -1;                               // position of the buffered block's first day
    int slot_ = 0;                                      // the current day within the block
    int lastSlot_ = -1;                                 // the last day written in the block
    std::vector<double> buffer_;                        // [feature][institution][slot]
    std::int64_t values_ = 0;
};

}  // namespace eagle
