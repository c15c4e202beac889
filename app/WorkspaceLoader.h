#pragma once
// Opens a workspace on a worker thread and prepares everything the views need first: profiles
// (computed now if the workspace has none yet), the laid-out exposure network and peer ranks.

#include "Progress.h"
#include "WorkspaceSnapshot.h"

namespace eagle {

inline constexpr int kRecentDays = 20;  // "current" profile and network window, in business days

WorkspaceSnapshot loadWorkspace(const std::string& path, const ProgressCallback& progress, const std::stop_token& stop);

// The risk scores of every institution averaged over the kRecentDays trading days up to `day`,
// ready for the radar. With mostAtRisk, also names the institution with the highest liquidity score.
std::shared_ptr<const PeerComparison> compareRiskScores(Store& store, const WorkspaceSnapshot& s, Date day,
                                                        InstitutionId* mostAtRisk = nullptr);

// The money-market exposures of the kRecentDays trading days up to `day`, laid out; institutions
// found in `previous` start where they were there, so the picture stays still as the day moves.
ExposureNetwork networkAsOf(Store& store, const WorkspaceSnapshot& s, Date day, const ExposureNetwork* previous,
                            const std::stop_token& stop);

}  // namespace eagle
