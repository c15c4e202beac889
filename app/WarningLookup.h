#pragma once
// Reads the stored early-warning results for the views: one institution's daily scores with the
// reasons behind its warnings (gradient x input of the stored model over the window before each
// warning), and every institution's score as of a day (a column of the risk matrix).

#include "ResultStore.h"
#include "WarningModel.h"
#include "WorkspaceSnapshot.h"

#include <optional>

#include <unordered_map>
#include <vector>

namespace eagle {

struct WarningReason {
    Date day;      // the first day of a run of warnings
    double score = 0;
    std::vector<FeatureContribution> contributions;  // largest first; day is a column of the snapshot's days
};

struct InstitutionWarnings {
    std::vector<DatedValue> scores;  // ascending by day, 0..1
    double threshold = 0;            // the GRU's alarm threshold (its top share of test scores); NaN if unknown
    std::vector<WarningReason> reasons;
};

// Empty when the workspace has no warning run. Explains at most `explained` warnings, the
// strongest first (each is the first day of a run of days at or above the threshold).
InstitutionWarnings loadInstitutionWarnings(Store& store, const WorkspaceSnapshot& s, InstitutionId institution,
                                            std::size_t explained = 4, std::size_t contributions = 3);

// The name under which the views offer the early-warning score beside the stored features (the
// heatmap's and the profile page's rows); the score itself lives in the learning tables.
inline constexpr const char* kWarningScoreFeature = "early_warning_score";

// The latest warning run's daily scores of the given institutions over the snapshot's days, one
// row per institution in the given order, NaN where a day was not scored; nullopt when the
// workspace has no warning run.
std::optional<FeatureMatrix> warningScoreMatrix(Store& store, const WorkspaceSnapshot& s,
                                                const std::vector<InstitutionId>& rows);

// Every institution's latest score on or before `day` (within the recent window): id -> score;
// empty when the workspace has no warning run.
std::unordered_map<std::int64_t, double> warningScoresAsOf(Store& store, Date day);

}  // namespace eagle
