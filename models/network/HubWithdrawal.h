#pragma once
// Withdrawal of a hub: one of the market's largest lenders suddenly lends far less. Measured on
// its new money-market lending (repos and loans started each day): outstanding lending reacts
// only as the loans already made run off, new lending stops on the first day.

#include "Domain.h"

#include <vector>

namespace eagle {

class NetworkHistory;

struct HubWithdrawalOptions {
    int hubs = 10;          // the largest lenders over the period are the hubs watched
    int baselineDays = 20;  // trading days before the day
    int windowDays = 5;     // trading days from the day on
    double drop = 0.8;      // flagged when lending in the window falls below (1 - drop) x baseline
};

struct HubWithdrawal {
    InstitutionId hub;
    std::string code;
    Date day;           // first day of the withdrawal
    double before = 0;  // mean daily new lending over the baseline, CNY
    double after = 0;   // mean over the window
    double drop() const { return before > 0 ? 1 - after / before : 0; }
};

// One episode per hub and withdrawal, in day order.
std::vector<HubWithdrawal> detectHubWithdrawals(const NetworkHistory& history,
                                                const HubWithdrawalOptions& options = {});

}  // namespace eagle
