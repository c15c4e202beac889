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
    std::int64_t values = 0;
};

// The engine computeProfiles feeds: the workspace's institutions, reference fixings and relations.
// Feeding it the same trades one by one (a replay) and finishing the same days gives the same values.
ProfileEngine profileEngineFor(Store& store);

ProfileRunResult computeProfiles(Store& store, const ProgressCallback& progress = {}, const std::stop_token& stop = {});

// The DR001 and DR007 fixings the engine measures borrowing costs against, by day (only days with
// both). A replay feeds the engine from the same fixings as the batch run.
std::map<Date, ReferenceFixings> loadFixings(Store& store);

// The peer group an institution is compared with: institutions of the same type.
std::string peerGroupOf(const Institution& institution);

}  // namespace eagle
