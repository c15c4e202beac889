#pragma once
// The time and peer functions of the rule language over whole institution x day arrays
// (row-major). Rolling windows are incremental: one pass per institution, whatever N is.
// A window function is NaN until N days of history exist, so early days never fire on a
// partial window.

#include <cstddef>
#include <vector>

namespace eagle::window {

// Mean of the defined values among the last n days, today included; NaN if none is defined.
void rollingMean(std::vector<double>& x, std::size_t rows, std::size_t cols, int n);
// x today minus x n days ago.
void change(std::vector<double>& x, std::size_t rows, std::size_t cols, int n);
// Days among the last n, today included, on which the condition (1/0) held.
void countDays(std::vector<double>& condition, std::size_t rows, std::size_t cols, int n);
// (x today - mean) / standard deviation of the n days before today (at least 2 defined values).
void zscore(std::vector<double>& x, std::size_t rows, std::size_t cols, int n);
// Percentile 0-100 of each value among the defined values of its peer group that day: the
// lowest 0, the highest 100, ties share the mean rank; NaN with fewer than two peers.
void peerRank(std::vector<double>& x, std::size_t rows, std::size_t cols, const std::vector<int>& peerGroup);

}  // namespace eagle::window
