#pragma once
// Reads the stored early-warning results for the views: one institution's daily scores with the
// reasons behind its warnings (gradient x input of the stored model over the window before each
// warning), and every institution's score as of a day (a column of the risk matrix).

#include "WarningModel.h"
#include "WorkspaceSnapshot.h"

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

// Every institution's latest score on or before `day` (within the recent window): id -> score;
// empty when the workspace has no warning run.
std::unordered_map<std::int64_t, double> warningScoresAsOf(Store& store, Date day);

}  // namespace eagle
