#pragma once
// Every profile feature of every institution and day of one profile run, held densely in memory
// as single precision ([institution][day][feature], NaN where missing): the input of clustering
// and of the early-warning network.

#include "Progress.h"
#include "ResultStore.h"

#include <string>
#include <vector>

namespace eagle {

class FeatureTensor {
public:
    FeatureTensor() = default;
    FeatureTensor(std::vector<InstitutionId> institutions, std::vector<Date> days, std::vector<std::string> features);

    // Reads every feature the workspace defines (the profile's features and risk scores) of the
    // run through ResultStore::featureMatrix: rows are every institution by id, columns the run's
    // days.
    static FeatureTensor load(Store& store, RunId run, const ProgressCallback& progress = {},
                              const std::stop_token& stop = {});

    const std::vector<InstitutionId>& institutions() const { return institutions_; }
    const std::vector<Date>& days() const { return days_; }
    const std::vector<std::string>& features() const { return features_; }
    std::size_t rows() const { return institutions_.size(); }
    std::size_t dayCount() const { return days_.size(); }
    std::size_t featureCount() const { return features_.size(); }

    float& at(std::size_t row, std::size_t day, std::size_t feature) {
        return values_[(row * days_.size() + day) * features_.size() + feature];
    }
    float at(std::size_t row, std::size_t day, std::size_t feature) const {
        return values_[(row * days_.size() + day) * features_.size() + feature];
    }
    // The features of one institution on one day, contiguous.
    const float* day(std::size_t row, std::size_t day) const {
        return values_.data() + (row * days_.size() + day) * features_.size();
    }
    // The column of the first day on or after `d` (dayCount() when none).
    std::size_t columnOf(Date d) const;
    // Mean of each feature over days [from, to] per institution (NaN ignored): rows x features.
    std::vector<std::vector<double>> windowMeans(std::size_t from, std::size_t to) const;

private:
    std::vector<InstitutionId> institutions_;
    std::vector<Date> days_;
    std::vector<std::string> features_;
    std::vector<float> values_;
};

}  // namespace eagle
