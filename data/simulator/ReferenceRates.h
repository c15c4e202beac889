#pragma once
// The day's reference prices and rates of the simulated market: a policy-rate corridor, the
// overnight and 7-day repo fixings with month- and quarter-end spikes, a government yield curve,
// USD/CNY and gold.

#include "Date.h"
#include "Random.h"

#include <vector>

namespace eagle {

struct RatesOfDay {
    Date day;
    double policy7d = 0;   // central bank 7-day reverse repo rate, %
    double floor = 0;      // excess-reserve rate, the corridor floor, %
    double ceiling = 0;    // overnight standing lending facility, the corridor ceiling, %
    double dr001 = 0;      // overnight depository repo fixing, %
    double dr007 = 0;      // 7-day depository repo fixing, %
    double shiborOn = 0;   // overnight SHIBOR, %
    double cgb1y = 0;      // government yields, %
    double cgb10y = 0;
    double usdCny = 0;
    double goldCnyPerGram = 0;
    double stress = 0;     // 0 normal, rising into month and quarter ends: lenders hold back cash

    // Government curve interpolated in log-maturity between the 1- and 10-year points.
    double governmentYield(double years) const;
    double moneyRate(int tenorDays) const;
};

class ReferenceRates {
public:
    ReferenceRates(Date start, int businessDays, Random random);
    const std::vector<RatesOfDay>& days() const { return days_; }

private:
    std::vector<RatesOfDay> days_;
};

}  // namespace eagle
