#pragma once
// What the time-series view shows: one institution's feature over time and its peer median.

#include "Ids.h"
#include "ResultStore.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace eagle {

struct TimeSeriesData {
    InstitutionId institution;
    QString institutionLabel;  // e.g. the institution code
    QString featureName;       // the feature's key, so the feature chooser stays in step
    QString featureLabel;      // translated display name
    QString unit;
    std::vector<DatedValue> values;      // ascending by day; NaN breaks the line
    std::vector<DatedValue> peerMedian;  // ascending by day; may be empty
    QString peerLabel;                   // e.g. the peer group's display name
    // Days to mark on the time axis: recorded risk events and alerts of the institution.
    struct Marker {
        Date day;
        QString label;  // shown beside the marker, e.g. "liquidity squeeze"
        bool alert = false;  // an alert raised by a rule, rather than a recorded risk event
    };
    std::vector<Marker> markers;
};

}  // namespace eagle

// Travels from the app's worker jobs to the view through queued signals.
Q_DECLARE_METATYPE(eagle::TimeSeriesData)
