#include "WindowFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace eagle::window {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

void rollingMean(std::vector<double>& x, std::size_t rows, std::size_t cols, int n) {
    const auto w = static_cast<std::size_t>(n);
    std::vector<double> row(cols);
    for (std::size_t r = 0; r < rows; ++r) {
        double* v = x.data() + r * cols;
        std::copy(v, v + cols, row.begin());
        double sum = 0;
        std::size_t count = 0;
        for (std::size_t d = 0; d < cols; ++d) {
            if (std::isfinite(row[d])) sum += row[d], ++count;
            if (d >= w && std::isfinite(row[d - w])) sum -= row[d - w], --count;
            v[d] = d + 1 >= w && count > 0 ? sum / static_cast<double>(count) : kNaN;
        }
    }
}

void change(std::vector<double>& x, std::size_t rows, std::size_t cols, int n) {
    const auto w = static_cast<std::size_t>(n);
    for (std::size_t r = 0; r < rows; ++r) {
        double* v = x.data() + r * cols;
        // Backwards, so that v[d - w] is still the original value when v[d] is written.
        for (std::size_t d = cols; d-- > 0;) v[d] = d >= w ? v[d] - v[d - w] : kNaN;
    }
}

void countDays(std::vector<double>& condition, std::size_t rows, std::size_t cols, int n) {
    const auto w = static_cast<std::size_t>(n);
    std::vector<char> held(cols);
    for (std::size_t r = 0; r < rows; ++r) {
        double* v = condition.data() + r * cols;
        for (std::size_t d = 0; d < cols; ++d) held[d] = v[d] != 0 && !std::isnan(v[d]);
        int count = 0;
        for (std::size_t d = 0; d < cols; ++d) {
            count += held[d];
            if (d >= w) count -= held[d - w];
            v[d] = d + 1 >= w ? count : kNaN;
        }
    }
}

void zscore(std::vector<double>& x, std::size_t rows, std::size_t cols, int n) {
    const auto w = static_cast<std::size_t>(n);
    std::vector<double> row(cols);
    for (std::size_t r = 0; r < rows; ++r) {
        double* v = x.data() + r * cols;
        // Shift by the first defined value: amounts in CNY square to 1e20, and the shift keeps the
        // running sums of squares from cancelling catastrophically.
        double shift = 0;
        for (std::size_t d = 0; d < cols; ++d)
            if (std::isfinite(v[d])) {
                shift = v[d];
                break;
            }
        for (std::size_t d = 0; d < cols; ++d) row[d] = v[d] - shift;
        double sum = 0, squares = 0;
        std::size_t count = 0;
        for (std::size_t d = 0; d < cols; ++d) {
            // The window is the w days before d: [d - w, d - 1].
            if (d >= 1 && std::isfinite(row[d - 1])) sum += row[d - 1], squares += row[d - 1] * row[d - 1], ++count;
            if (d >= w + 1 && std::isfinite(row[d - w - 1]))
                sum -= row[d - w - 1], squares -= row[d - w - 1] * row[d - w - 1], --count;
            v[d] = kNaN;
            if (d < w || count < 2 || !std::isfinite(row[d])) continue;
            const double c = static_cast<double>(count);
            const double mean = sum / c;
            const double variance = (squares - c * mean * mean) / (c - 1);
            if (variance <= 1e-12 * (squares / c) || variance <= 0) continue;
            v[d] = (row[d] - mean) / std::sqrt(variance);
        }
    }
}

void peerRank(std::vector<double>& x, std::size_t rows, std::size_t cols, const std::vector<int>& peerGroup) {
    const int groups = peerGroup.empty() ? 0 : *std::max_element(peerGroup.begin(), peerGroup.end()) + 1;
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(groups));
    for (std::size_t r = 0; r < rows; ++r) members[static_cast<std::size_t>(peerGroup[r])].push_back(r);
    std::vector<double> result(x.size(), kNaN);
    std::vector<std::pair<double, std::size_t>> day;
    for (std::size_t d = 0; d < cols; ++d)
        for (const auto& group : members) {
            day.clear();
            for (std::size_t r : group)
                if (std::isfinite(x[r * cols + d])) day.emplace_back(x[r * cols + d], r);
            if (day.size() < 2) continue;
            std::sort(day.begin(), day.end());
            const double scale = 100.0 / static_cast<double>(day.size() - 1);
            for (std::size_t k = 0; k < day.size();) {
                std::size_t e = k;
                while (e + 1 < day.size() && day[e + 1].first == day[k].first) ++e;
                const double rank = (static_cast<double>(k) + static_cast<double>(e)) / 2;  // mean rank of the ties
                for (std::size_t t = k; t <= e; ++t) result[day[t].second * cols + d] = rank * scale;
                k = e + 1;
            }
        }
    x = std::move(result);
}

}  // namespace eagle::window
