#pragma once
// What the profile page shows: every feature and score of one institution on one day, with its
// percentile among peers (institutions of the same type) and its recent history.

#include "Date.h"
#include "Ids.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
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

// Where the institution stands among trading strategies: its cluster in the latest cluster run.
struct ProfileStrategy {
    int cluster = 0;
    QString name;                  // translated cluster name
    int clusterSize = 0;
    double distance = 0;           // to the cluster's centroid, in the run's PCA space
    double distancePercentile = 0; // 0-100 mid-rank among the cluster's members: high = atypical member
    std::vector<std::pair<InstitutionId, QString>> peers;  // nearest first, labelled
    std::optional<Date> movedOn;   // first window in which its behaviour moved to another cluster
};

struct ProfilePageData {
    InstitutionId institution;
    QString institutionLabel;
    QString peerLabel;  // the peer group's display name
    Date day;
    std::vector<ProfilePageRow> rows;
    std::optional<ProfileStrategy> strategy;  // once the market has been clustered
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::ProfilePageData)
