#pragma once
// What the dashboard shows about the market as of the time cursor's day: activity by market, the
// money-market rates against the policy corridor, the institutions whose risk rose most, the
// riskiest institutions' scores and the exposure network in numbers. The alert feed comes from the
// alerts as the alerts dock has them (DashboardView::setAlerts), not from here.

#include "Date.h"
#include "Ids.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace eagle {

struct DashboardData {
    Date day;                // the as-of day: the last of `days`
    std::vector<Date> days;  // the trading days the charts cover, ascending

    struct MarketActivity {
        QString market;                 // translated market name
        std::vector<double> notionalBn;  // per day of `days`, CNY bn; 0 on days without trades
        std::vector<double> trades;      // per day of `days`
    };
    std::vector<MarketActivity> activity;  // markets with any trade in the window

    struct RateLine {
        QString series;              // the stored series name, e.g. DR007, CORRIDOR_FLOOR
        QString label;               // translated
        std::vector<double> values;  // per day of `days`, %, NaN where the series has no value
    };
    std::vector<RateLine> rates;  // the market rates, then the corridor (floor, policy, ceiling), as present

    // An institution whose risk score rose most: the recent window's mean against the window before.
    struct Riser {
        InstitutionId institution;
        QString code;
        QString name;
        QString riskType;     // translated risk type whose score rose most
        QString riskFeature;  // its score's stored name, e.g. score_liquidity
        double before = 0;
        double now = 0;
        double rise() const { return now - before; }
    };
    std::vector<Riser> risers;  // largest rise first

    // The riskiest institutions (highest score of any type over the recent window), riskiest first.
    std::vector<InstitutionId> hotInstitutions;
    QStringList hotLabels;                       // their codes
    QStringList riskLabels;                      // translated risk types, the columns
    QStringList riskFeatures;                    // their scores' stored names
    std::vector<std::vector<double>> hotScores;  // [institution][risk type], 0-100, NaN where undefined

    // The money-market exposure network over the recent window.
    int networkNodes = 0;
    int networkEdges = 0;
    double networkExposureBn = 0;
    struct Hub {
        InstitutionId institution;
        QString label;
        double exposureBn = 0;  // lent plus borrowed
    };
    std::vector<Hub> hubs;  // largest first
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::DashboardData)
