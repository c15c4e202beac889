#include "StylisedFacts.h"

#include "ProfileEngine.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace eagle {
namespace {

void ccdf(std::vector<double> values, std::vector<double>& x, std::vector<double>& share) {
    std::sort(values.begin(), values.end());
    const auto n = static_cast<double>(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (i + 1 == values.size() || values[i + 1] != values[i]) {
            // Share of values >= values[i]: everything from the first copy of this value on.
            const auto first = std::lower_bound(values.begin(), values.end(), values[i]) - values.begin();
            x.push_back(values[i]);
            share.push_back((n - static_cast<double>(first)) / n);
        }
}

}  // namespace

double hillTailIndex(std::vector<double> values, std::size_t k) {
    std::sort(values.begin(), values.end(), std::greater<>());
    if (values.size() <= k || k == 0) return 0;
    double sum = 0;
    for (std::size_t i = 0; i < k; ++i) sum += std::log(values[i] / values[k]);
    return sum > 0 ? static_cast<double>(k) / sum : 0;
}

StylisedFacts measureStylisedFacts(Store& store) {
    StylisedFacts f;
    std::map<std::int64_t, std::set<std::int64_t>> neighbours;
    std::vector<double> sizes;
    store.forEachTrade([&](const Trade& t) {
        if (t.market() != Market::Money) return true;
        neighbours[t.buyer.value].insert(t.seller.value);
        neighbours[t.seller.value].insert(t.buyer.value);
        sizes.push_back(t.notionalCny);
        return true;
    });
    std::vector<double> degrees;
    for (const auto& [id, n] : neighbours) degrees.push_back(static_cast<double>(n.size()));
    if (!degrees.empty()) {
        const double median = medianOf(degrees);
        f.maxToMedianDegree = *std::max_element(degrees.begin(), degrees.end()) / std::max(1.0, median);
    }
    ccdf(degrees, f.degree, f.degreeShare);
    f.sizeTailIndex = hillTailIndex(sizes, sizes.size() / 20);
    ccdf(std::move(sizes), f.size, f.sizeShare);

    std::vector<double> others, quarterEnds;
    const auto dr001 = store.marketSeries("DR001");
    for (const auto& p : store.marketSeries("DR007")) {
        f.days.push_back(p.day.daysSinceEpoch());
        f.dr007.push_back(p.close);
        if (p.day.isLastBusinessDayOfQuarter()) {
            f.quarterEnds.push_back(p.day.daysSinceEpoch());
            quarterEnds.push_back(p.close);
        } else {
            others.push_back(p.close);
        }
    }
    for (const auto& p : dr001) f.dr001.push_back(p.close);
    if (!quarterEnds.empty() && !others.empty()) {
        double mean = 0;
        for (double q : quarterEnds) mean += q / static_cast<double>(quarterEnds.size());
        f.quarterEndSpreadBp = (mean - medianOf(others)) * 100;
    }
    return f;
}

}  // namespace eagle
