#pragma once
// Model results in a workspace: runs, feature definitions, per-institution daily features and
// peer-group medians. Every result row belongs to the run that produced it.

#include "FeatureBlocks.h"
#include "Store.h"

#include <climits>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

struct FeatureDef {
    std::int64_t id = 0;
    std::string name;
    std::string unit;
    std::string description;
};

struct Run {
    RunId id;
    std::string kind;
    std::string started;
    std::string finished;
    std::string status;
    std::string params;
};

// One feature for every institution and day of a run; missing values are NaN.
struct FeatureMatrix {
    std::vector<InstitutionId> institutions;  // rows, ordered by id
    std::vector<Date> days;                   // columns, ascending
    std::vector<double> values;               // row-major, institutions.size() x days.size()
    double at(std::size_t row, std::size_t col) const { return values[row * days.size() + col]; }
};

struct DatedValue {
    Date day;
    double value = std::numeric_limits<double>::quiet_NaN();
};

class ResultStore {
public:
    explicit ResultStore(Store& store) : db_(store.database()) {}

    RunId beginRun(const std::string& kind, const std::string& params);
    void finishRun(RunId run, const std::string& status);
    // The newest run of this kind that finished successfully.
    std::optional<Run> latestRun(const std::string& kind);

    // Returns the id of the named feature, defining it on first use.
    std::int64_t defineFeature(const std::string& name, const std::string& unit, const std::string& description);
    std::vector<FeatureDef> featureDefs();

    // Feature values are written through a FeatureBlockWriter (FeatureBlocks.h).
    FeatureBlockWriter featureWriter(RunId run, std::vector<InstitutionId> institutions,
                                     std::vector<std::int64_t> featureIds);
    void writePeerMedian(RunId run, const std::string& peerGroup, std::int64_t featureId, Date day, double median);

    // The run's trading days, ascending: the columns of every feature matrix.
    std::vector<Date> runDays(RunId run);
    // Rows are every institution of the workspace, by id; missing values are NaN.
    FeatureMatrix featureMatrix(RunId run, std::int64_t featureId);
    // Every feature of one institution: feature id -> its finite values ascending by day.
    std::map<std::int64_t, std::vector<DatedValue>> institutionSeries(RunId run, InstitutionId institution);
    // Mean of every feature (or of `features` only) of every institution over the days from
    // `from` to `to`: institution id -> feature id -> mean. The radar's "current profile".
    std::map<std::int64_t, std::map<std::int64_t, double>> featureMeans(RunId run, Date from, Date to = Date(INT32_MAX),
                                                                        const std::vector<std::int64_t>& features = {});
    // Every feature (or `features` only) of every institution on one day:
    // institution id -> feature id -> value.
    std::map<std::int64_t, std::map<std::int64_t, double>> featuresOn(RunId run, Date day,
                                                                      const std::vector<std::int64_t>& features = {});
    std::vector<DatedValue> peerMedianSeries(RunId run, const std::string& peerGroup, std::int64_t featureId);

private:
    // Calls visit(featureId, institutionId, firstPosition, values) for every block of the run
    // whose days overlap positions [from, to), of every feature or of `features` only.
    template <class Visit>
    void forEachBlock(RunId run, int from, int to, const std::vector<std::int64_t>& features, Visit&& visit);

    Database& db_;
};

}  // namespace eagle
