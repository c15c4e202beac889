#pragma once
// Opens a workspace on a worker thread and prepares everything the views need first: profiles
// (computed now if the workspace has none yet), the laid-out exposure network and peer ranks.

#include "Progress.h"
#include "WorkspaceSnapshot.h"

namespace eagle {

inline constexpr int kRecentDays = 20;  // "current" profile and network window, in business days

WorkspaceSnapshot loadWorkspace(const std::string& path, const ProgressCallback& progress, const std::stop_token& stop);

}  // namespace eagle
