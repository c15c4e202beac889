#pragma once
// What the time-series view shows: one institution's feature over time and its peer median, and
// optionally more of its features on linked axes.

#include "Ids.h"
#include "ResultStore.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cmath>

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
        QString label;       // shown beside the marker, e.g. "liquidity squeeze"
        bool alert = false;  // an alert raised by a rule, rather than a recorded risk event
    };
    std::vector<Marker> markers;
    // The early-warning model's daily probability of a risk event within its horizon (0..1), on
    // the right axis; empty without a trained model. Days at or above the threshold are warnings.
    std::vector<DatedValue> warningScore;
    double warningThreshold = NAN;
    // Why the model warned: on the first day of a run of warnings, the features (and days of the
    // window) that raised the score most, e.g. "Overnight share (2025-03-02) +0.84".
    struct Explanation {
        Date day;
        double score = 0;
        QStringList reasons;
    };
    std::vector<Explanation> explanations;
    // Other features of the same institution, each drawn in its own pane below on its own value
    // axis and sharing the time axis, so that their moves can be read against each other.
    struct Companion {
        QString featureName;
        QString featureLabel;
        QString unit;
        std::vector<DatedValue> values;      // ascending by day
        std::vector<DatedValue> peerMedian;  // ascending by day; may be empty
    };
    std::vector<Companion> companions;
};

}  // namespace eagle

// Travels from the app's worker jobs to the view through queued signals.
Q_DECLARE_METATYPE(eagle::TimeSeriesData)
