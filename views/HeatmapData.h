#pragma once
// What the heatmap shows: one feature for many institutions (rows) over days (columns).

#include "ResultStore.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace eagle {

struct HeatmapData {
    QString featureName;             // the feature's key, so the feature chooser stays in step
    QString featureLabel;            // translated display name, e.g. "Overnight funding share"
    QString unit;                    // e.g. "%", "CNY bn"; may be empty
    FeatureMatrix matrix;            // rows drawn top to bottom in the order given (the app sorts them)
    std::vector<QString> rowLabels;  // one per matrix row, e.g. the institution code
    bool logScale = false;           // signed log1p colour scale for heavy-tailed features
};

}  // namespace eagle

// Travels from the app's worker jobs to the view through queued signals.
Q_DECLARE_METATYPE(eagle::HeatmapData)
