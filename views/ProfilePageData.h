#pragma once
// What the profile page shows: every feature and score of one institution on one day, with its
// percentile among peers (institutions of the same type) and its recent history.

#include "Date.h"
#include "Ids.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace eagle {

struct ProfilePageRow {
    QString featureName;  // stored key, e.g. overnight_share_20d
    QString label;        // translated display name
    QString family;       // translated family, e.g. "Funding and liquidity"; "Risk scores" for scores
    QString unit;         // display unit
    double value = 0;     // display units; NaN where undefined that day
    double peerPercentile = 0;     // 0-100 mid-rank among peers that day; NaN where undefined
    std::vector<double> history;   // display units, the days up to the day shown; NaN breaks the line
};

struct ProfilePageData {
    InstitutionId institution;
    QString institutionLabel;
    QString peerLabel;  // the peer group's display name
    Date day;
    std::vector<ProfilePageRow> rows;
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::ProfilePageData)
