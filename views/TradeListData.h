#pragma once
// The trades behind a stretch of an institution's time series: what the drill-down lists.

#include "Domain.h"

#include <QMetaType>
#include <QString>

#include <map>
#include <vector>

namespace eagle {

struct TradeListData {
    InstitutionId institution;  // invalid for an instrument's trades (both parties are shown)
    QString institutionLabel;
    Date from, to;
    std::vector<Trade> trades;
    bool truncated = false;                        // more trades than were loaded
    std::map<std::int64_t, QString> counterparty;  // institution id -> code, for the counterparty column
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::TradeListData)
