#pragma once
// Gathers what the dashboard shows as of a day from the store and the profile run: activity by
// market and rates over the chart window, the largest risers in risk score, the riskiest
// institutions' scores and the exposure network in numbers. Runs on a worker thread.

#include "DashboardData.h"
#include "WorkspaceSnapshot.h"

#include <stop_token>

namespace eagle {

class Store;

inline constexpr int kDashboardChartDays = 60;  // trading days the activity and rate charts cover
inline constexpr int kDashboardRisers = 10;
inline constexpr int kDashboardHotInstitutions = 15;
inline constexpr int kDashboardHubs = 5;

// The dashboard as of `day` (the last trading day on or before it).
DashboardData loadDashboard(Store& store, const WorkspaceSnapshot& s, Date day, const std::stop_token& stop = {});

// The market's name as the dashboard shows it, translated.
QString marketDisplayName(Market market);

}  // namespace eagle
