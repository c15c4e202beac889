#pragma once
// Runs the profile engine over a whole workspace and writes features and peer-group medians back
// as one run. All or nothing: a cancelled or failed run leaves the store as it was.

#include "ProfileEngine.h"
#include "Progress.h"
#include "ResultStore.h"

namespace eagle {

inline constexpr const char* kProfileRunKind = "profile";

struct ProfileRunResult {
    RunId run;
    int institutions = 0;
    int days = 0;
    std::int64_t trades = 0;
    std::int64_t values = 0;  // profile features and scores
    std::int64_t networkValues = 0;
};

// The engine computeProfiles feeds: the workspace's institutions, reference fixings and relations.
// Feeding it the same trades one by one (a replay) and finishing the same days gives the same values.
ProfileEngine profileEngineFor(Store& store);

struct ProfileRunOptions {
    // The institutions' network measures of every day (NetworkFeatureRun.h) join the run: what
    // `analyze` and the workstation do. Off by default: it takes several times the profile's time.
    bool networkFeatures = false;
    // The daily failure DebtRank is one contagion run per institution: the largest debtors only
    // (the network view takes the same number, so that both show the same values).
    std::size_t networkDebtRankInstitutions = 200;
};

ProfileRunResult computeProfiles(Store& store, const ProgressCallback& progress = {}, const std::stop_token& stop = {},
                                 const ProfileRunOptions& options = {});

// The DR001 and DR007 fixings the engine measures borrowing costs against, by day (only days with
// both). A replay feeds the engine from the same fixings as the batch run.
std::map<Date, ReferenceFixings> loadFixings(Store& store);

// The peer group an institution is compared with: institutions of the same type.
std::string peerGroupOf(const Institution& institution);

}  // namespace eagle
