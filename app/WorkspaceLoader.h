#pragma once
// Opens a workspace on a worker thread and prepares everything the views need first: profiles
// (computed now if the workspace has none yet), the laid-out exposure network and peer ranks.

#include "Progress.h"
#include "WorkspaceSnapshot.h"

namespace eagle {

inline constexpr int kRecentDays = 20;  // "current" profile and network window, in business days

WorkspaceSnapshot loadWorkspace(const std::string& path, const ProgressCallback& progress, const std::stop_token& stop);

// The first of the kRecentDays trading days of `days` that end on `day`.
Date recentWindowStart(const std::vector<Date>& days, Date day);

// The radar's dimensions (default: the risk scores) of every institution averaged over the
// kRecentDays trading days up to `day`: scores as they are (already 0-100 against peers), other
// features as percentiles in the market. With mostAtRisk, also names the institution with the
// highest liquidity score.
std::shared_ptr<const PeerComparison> compareProfiles(Store& store, const WorkspaceSnapshot& s, Date day,
                                                      const std::vector<std::string>& axes = {},
                                                      InstitutionId* mostAtRisk = nullptr);

// The multilayer network outstanding on `day` (models/network: every layer, the day's balance
// sheets), laid out, measured and named for the view; institutions found in `previous` start
// where they were there, so the picture stays still as the day moves.
std::shared_ptr<const NetworkViewData> networkAsOf(Store& store, const WorkspaceSnapshot& s, Date day,
                                                   const NetworkViewData* previous, const std::stop_token& stop);

}  // namespace eagle
