#pragma once
// Puts a trained early-warning model into the workspace: the model (weights, features, scaling,
// task, hyper-parameters, seed, test metrics) and its daily score for every institution and day
// with a full window behind it, as one run of kind "warning". All or nothing. And reads a stored
// model back.

#include "LearningStore.h"
#include "Progress.h"
#include "WarningModel.h"

#include <string>

namespace eagle {

inline constexpr const char* kWarningRunKind = "warning";
inline constexpr const char* kGruWarningModelKind = "gru_warning";

struct WarningRunResult {
    RunId run;
    std::int64_t model = 0;
    std::size_t scores = 0;
};

// The model's score of every institution and day with a full window behind it. Long on a large
// market: reports progress and stops when asked (throws the cancellation).
std::vector<WarningScore> scoreMarket(const WarningModel& model, const FeatureTensor& scaled,
                                      const ProgressCallback& progress = {}, const std::stop_token& stop = {});
// Writes the model and its scores as one run in one transaction, or as a savepoint of the caller's
// transaction so that the caller can store it together with other results.
WarningRunResult writeWarningRun(Store& store, const WarningModel& model, const std::vector<WarningScore>& scores,
                                 const std::string& metrics);
// Both: `scaled` is the workspace's tensor scaled by the model; `metrics` a key=value;... summary.
WarningRunResult storeWarningRun(Store& store, const WarningModel& model, const FeatureTensor& scaled,
                                 const std::string& metrics, const ProgressCallback& progress = {},
                                 const std::stop_token& stop = {});

StoredModel toStoredModel(const WarningModel& model);
// Throws std::runtime_error when the stored model does not fit its own description.
WarningModel fromStoredModel(const StoredModel& stored);

}  // namespace eagle
