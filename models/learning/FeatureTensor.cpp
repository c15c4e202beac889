#include "FeatureTensor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace eagle {

FeatureTensor::FeatureTensor(std::vector<InstitutionId> institutions, std::vector<Date> days,
                             std::vector<std::string> features)
    : institutions_(std::move(institutions)),
      days_(std::move(days)),
      features_(std::move(features)),
      values_(institutions_.size() * days_.size() * features_.size(), std::numeric_limits<float>::quiet_NaN()) {}

FeatureTensor FeatureTensor::load(Store& store, RunId run, const ProgressCallback& progress,
                                  const std::stop_token& stop) {
    ResultStore results(store);
    const std::vector<FeatureDef> defs = results.featureDefs();
    if (defs.empty()) throw std::runtime_error(store.path() + ": no profile features (run 'eagleeye-cli analyze')");
    std::unordered_map<std::int64_t, std::size_t> columnOfFeature;
    std::vector<std::string> names;
    for (const FeatureDef& d : defs) {
        columnOfFeature[d.id] = names.size();
        names.push_back(d.name);
    }
    // One institution at a time (an index range per feature), not one feature at a time: reading a
    // feature for the whole market first has to find the run's days, a scan of the whole run.
    std::vector<InstitutionId> institutions;
    for (const Institution& i : store.institutions()) institutions.push_back(i.id);
    std::vector<std::map<std::int64_t, std::vector<DatedValue>>> series;
    std::set<Date> daySet;
    for (std::size_t r = 0; r < institutions.size(); ++r) {
        throwIfStopped(stop);
        if (progress && r % 20 == 0)
            progress(static_cast<double>(r) / static_cast<double>(institutions.size()), "reading features");
        series.push_back(results.institutionSeries(run, institutions[r]));
        for (const auto& [feature, values] : series.back())
            for (const DatedValue& v : values) daySet.insert(v.day);
    }
    FeatureTensor t(institutions, std::vector<Date>(daySet.begin(), daySet.end()), std::move(names));
    for (std::size_t r = 0; r < series.size(); ++r)
        for (const auto& [feature, values] : series[r]) {
            const std::size_t f = columnOfFeature.at(feature);
            for (const DatedValue& v : values) t.at(r, t.columnOf(v.day), f) = static_cast<float>(v.value);
        }
    if (progress) progress(1, "reading features");
    return t;
}

std::size_t FeatureTensor::columnOf(Date d) const {
    return static_cast<std::size_t>(std::lower_bound(days_.begin(), days_.end(), d) - days_.begin());
}

std::vector<std::vector<double>> FeatureTensor::windowMeans(std::size_t from, std::size_t to) const {
    std::vector<std::vector<double>> means(rows(), std::vector<double>(featureCount(), 0));
    for (std::size_t r = 0; r < rows(); ++r)
        for (std::size_t f = 0; f < featureCount(); ++f) {
            double sum = 0;
            int n = 0;
            for (std::size_t d = from; d <= to && d < dayCount(); ++d)
                if (const float v = at(r, d, f); std::isfinite(v)) sum += v, ++n;
            means[r][f] = n ? sum / n : std::numeric_limits<double>::quiet_NaN();
        }
    return means;
}

}  // namespace eagle
