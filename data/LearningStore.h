#pragma once
// Learning results as stored in a workspace (schema: model, warning, cluster, cluster_member):
// trained early-warning models, their daily scores, strategy clusters. Typed storage only; the
// models themselves live in models/learning.

#include "Store.h"

#include <optional>
#include <string>
#include <vector>

namespace eagle {

struct StoredModel {
    std::int64_t id = 0;
    RunId run;
    std::string kind;                    // gru_warning
    std::vector<std::string> features;   // in input order
    std::vector<double> centre, spread;  // the input scaling, per feature
    std::string hyper;                   // key=value;key=value...
    std::uint64_t seed = 0;
    std::vector<float> weights;
    std::string metrics;  // key=value;... measured on the test split
    std::string created;
};

struct WarningScore {
    InstitutionId institution;
    Date day;
    double score = 0;
};

struct StoredCluster {
    int cluster = 0;
    std::string name;
    int size = 0;
    std::string distinguishing;  // feature=deviation;... largest first
};

struct ClusterMembership {
    InstitutionId institution;
    int cluster = 0;
    double distance = 0;
    double pc1 = 0, pc2 = 0;
    std::vector<InstitutionId> peers;  // nearest first
    std::optional<Date> movedOn;       // first window in which it moved to another cluster
};

class LearningStore {
public:
    explicit LearningStore(Store& store) : db_(store.database()) {}

    std::int64_t saveModel(const StoredModel& model);
    // The newest model of this kind in a finished run.
    std::optional<StoredModel> latestModel(const std::string& kind);

    void writeWarnings(RunId run, const std::vector<WarningScore>& scores);
    // Every score of a run, by institution then day.
    std::vector<WarningScore> warnings(RunId run);
    // One institution's scores of a run, by day.
    std::vector<WarningScore> warningsOf(RunId run, InstitutionId institution);
    // Every institution's latest score of a run on or before `day`, within `lookback` days of it.
    std::vector<WarningScore> warningsAsOf(RunId run, Date day, int lookback);

    void writeClusters(RunId run, const std::vector<StoredCluster>& clusters,
                       const std::vector<ClusterMembership>& members);
    std::vector<StoredCluster> clusters(RunId run);
    std::vector<ClusterMembership> clusterMembers(RunId run);

    // "a,b,c" <-> {a, b, c}; and lists of numbers at full precision.
    static std::string joinNames(const std::vector<std::string>& names);
    static std::vector<std::string> splitNames(const std::string& text);
    static std::string joinNumbers(const std::vector<double>& values);
    static std::vector<double> splitNumbers(const std::string& text);

private:
    Database& db_;
};

}  // namespace eagle
