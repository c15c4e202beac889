#include "FeatureBlocks.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace eagle {

// Blocks are raw IEEE doubles in the byte order of the machines EagleEye runs on (x86-64, arm64).
static_assert(std::endian::native == std::endian::little, "feature blocks are little-endian doubles");

void decodeFeatureBlock(std::span<const std::byte> block, std::span<double> values) {
    const std::size_t n = std::min(values.size(), block.size() / sizeof(double));
    std::memcpy(values.data(), block.data(), n * sizeof(double));
    std::fill(values.begin() + static_cast<std::ptrdiff_t>(n), values.end(), std::numeric_limits<double>::quiet_NaN());
}

FeatureBlockWriter::FeatureBlockWriter(Database& db, RunId run, std::vector<InstitutionId> institutions,
                                       std::vector<std::int64_t> featureIds)
    : db_(db), run_(run), institutions_(std::move(institutions)), featureIds_(std::move(featureIds)),
      buffer_(institutions_.size() * featureIds_.size() * kFeatureBlockDays, std::numeric_limits<double>::quiet_NaN()) {
    auto& s = db_.cached("SELECT position, day FROM run_day WHERE run_id = ? ORDER BY position");
    s.bind(1, run_.value);
    while (s.step()) {
        positionOf_[static_cast<std::int32_t>(s.int64(1))] = static_cast<int>(s.int64(0));
        dayCount_ = static_cast<int>(s.int64(0)) + 1;
        lastDay_ = Date(static_cast<std::int32_t>(s.int64(1)));
    }
}

void FeatureBlockWriter::beginDay(Date day) {
    int position;
    if (const auto it = positionOf_.find(day.daysSinceEpoch()); it != positionOf_.end()) {
        position = it->second;
    } else {
        // Positions follow the days: a new day can only come after the run's last one.
        if (!(day > lastDay_)) throw std::invalid_argument("day " + day.toString() + " is not one of the run's days");
        lastDay_ = day;
        position = dayCount_++;
        positionOf_[day.daysSinceEpoch()] = position;
        auto& s = db_.cached("INSERT INTO run_day(run_id, position, day) VALUES (?,?,?)");
        s.bind(1, run_.value).bind(2, position).bind(3, day.daysSinceEpoch());
        s.run();
    }
    const int start = position - position % kFeatureBlockDays;
    if (start != blockStart_) {
        if (blockStart_ > start) throw std::logic_error("feature days must ascend");
        flush();
        blockStart_ = start;
    } else if (position - start <= lastSlot_) {
        throw std::logic_error("feature days must ascend");
    }
    slot_ = position - start;
    lastSlot_ = slot_;
}

void FeatureBlockWriter::flush() {
    if (blockStart_ < 0 || lastSlot_ < 0) return;
    auto& insert = db_.cached(
        "INSERT INTO feature_block(run_id, first_position, feature_id, institution_id, block) VALUES (?,?,?,?,?)");
    const std::size_t used = static_cast<std::size_t>(lastSlot_) + 1;
    for (std::size_t f = 0; f < featureIds_.size(); ++f) {
        for (std::size_t i = 0; i < institutions_.size(); ++i) {
            double* block = &buffer_[(f * institutions_.size() + i) * kFeatureBlockDays];
            int finite = 0;
            for (std::size_t d = 0; d < used; ++d) finite += std::isfinite(block[d]);
            if (finite > 0) {
                insert.bind(1, run_.value).bind(2, blockStart_).bind(3, featureIds_[f]).bind(4, institutions_[i].value);
                insert.bindBlob(5, block, used * sizeof(double));
                insert.run();
                values_ += finite;
            }
        }
    }
    std::fill(buffer_.begin(), buffer_.end(), std::numeric_limits<double>::quiet_NaN());
    lastSlot_ = -1;
}

void FeatureBlockWriter::finish() { flush(); }

}  // namespace eagle
