#include "ReferenceRates.h"

#include <algorithm>
#include <cmath>

namespace eagle {
namespace {

// Business days left until the end of the month (0 on its last business day).
int daysToMonthEnd(Date d) {
    int n = 0;
    for (Date x = d; !x.isLastBusinessDayOfMonth(); x = x.nextBusinessDay()) ++n;
    return n;
}

bool quarterMonth(Date d) { return d.month() % 3 == 0; }

}  // namespace

double RatesOfDay::governmentYield(double years) const {
    const double t = std::clamp(years, 0.1, 50.0);
    return cgb1y + (cgb10y - cgb1y) * std::log(t) / std::log(10.0);
}

double RatesOfDay::moneyRate(int tenorDays) const {
    if (tenorDays <= 1) return dr001;
    if (tenorDays <= 7) return dr007;
    return dr007 + 0.004 * (tenorDays - 7);  // term premium, about 10bp a month
}

ReferenceRates::ReferenceRates(Date start, int businessDays, Random r) {
    double policy = 1.50;
    double spread7d = 0.05, spreadOn = -0.12;  // mean-reverting deviations from policy
    double y1 = 1.35, y10 = 1.70, fx = 7.18, gold = 620.0;
    Date d = start.isWeekend() ? start.nextBusinessDay() : start;
    for (int i = 0; i < businessDays; ++i, d = d.nextBusinessDay()) {
        if (i == businessDays * 2 / 5) policy -= 0.10;  // one policy cut in the period

        const int toEnd = daysToMonthEnd(d);
        double stress = 0;
        if (toEnd <= 3) stress = (4 - toEnd) / 4.0 * (quarterMonth(d) ? 1.0 : 0.35);
        if (d.month() == 12 && toEnd <= 5) stress = std::max(stress, (6 - toEnd) / 6.0 * 1.2);

        spread7d += 0.15 * (0.05 - spread7d) + r.normal(0, 0.02);
        spreadOn += 0.25 * (-0.12 - spreadOn) + r.normal(0, 0.03);
        RatesOfDay day;
        day.day = d;
        day.policy7d = policy;
        day.floor = 0.35;
        day.ceiling = policy + 0.50;
        day.stress = stress;
        day.dr007 = std::clamp(policy + spread7d + 0.45 * stress, day.floor, day.ceiling);
        day.dr001 = std::clamp(policy + spreadOn + 0.35 * stress + r.normal(0, 0.01), day.floor, day.ceiling);
        day.shiborOn = day.dr001 + 0.02 + r.normal(0, 0.005);

        y10 = std::max(0.8, y10 + r.normal(-0.0004, 0.02));
        y1 = std::max(0.6, y1 + 0.05 * ((policy - 0.15) - y1) + r.normal(0, 0.015));
        day.cgb1y = y1;
        day.cgb10y = y10;
        fx *= std::exp(r.normal(0, 0.0015));
        gold *= std::exp(r.normal(0.0006, 0.009));
        day.usdCny = fx;
        day.goldCnyPerGram = gold;
        days_.push_back(day);
    }
}

}  // namespace eagle
