#pragma once
// What the risk matrix shows: every institution's risk scores as of a day (mean of the recent
// window), one row per institution and one column per risk type.

#include "Date.h"
#include "Ids.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace eagle {

struct RiskMatrixData {
    Date day;
    std::vector<InstitutionId> institutions;
    QStringList rowLabels;                    // one per institution, e.g. its code
    QStringList columnLabels;                 // translated risk types
    QStringList columnFeatures;               // their stored names, e.g. score_liquidity
    std::vector<std::vector<double>> scores;  // [institution][risk type], 0-100, NaN where undefined
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::RiskMatrixData)
