#pragma once
// Withdrawal of a hub: one of the market's largest lenders suddenly lends far less. Measured on
// outstanding money-market lending (repo and interbank loans whose term covers the day).

#include "Domain.h"

#include <vector>

namespace eagle {

class NetworkHistory;

struct HubWithdrawalOptions {
    int hubs = 10;          // the largest lenders over the period are the hubs watched
    int baselineDays = 20;  // trading days before the day
    int windowDays = 5;     // trading days from the day on
    double drop = 0.5;      // flagged when lending in the window falls below (1 - drop) x baseline
};

struct HubWithdrawal {
    InstitutionId hub;
    std::string code;
    Date day;          // first day of the withdrawal
    double before = 0;  // mean outstanding lending over the baseline, CNY
    double after = 0;   // mean over the window
    double drop() const { return before > 0 ? 1 - after / before : 0; }
};

// One episode per hub and withdrawal, in day order.
std::vector<HubWithdrawal> detectHubWithdrawals(const NetworkHistory& history, const HubWithdrawalOptions& options = {});

}  // namespace eagle
