#include "FeatureTensor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

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
    std::vector<std::string> names;
    for (const FeatureDef& d : defs) names.push_back(d.name);
    FeatureTensor t;
    // A feature of the whole market is one key range per block of days in the store.
    for (std::size_t f = 0; f < defs.size(); ++f) {
        throwIfStopped(stop);
        if (progress) progress(static_cast<double>(f) / static_cast<double>(defs.size()), "reading features");
        const FeatureMatrix m = results.featureMatrix(run, defs[f].id);
        if (f == 0) t = FeatureTensor(m.institutions, m.days, names);
        if (m.institutions.size() != t.rows() || m.days.size() != t.dayCount())
            throw std::runtime_error("profile run " + std::to_string(run.value) + ": features cover different days");
        for (std::size_t r = 0; r < t.rows(); ++r)
            for (std::size_t d = 0; d < t.dayCount(); ++d) t.at(r, d, f) = static_cast<float>(m.at(r, d));
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
