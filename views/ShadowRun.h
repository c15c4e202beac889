#pragma once
// What a shadow-mode backtest of rules being edited found, for the rule editor to show: per rule
// the alerts it would have raised and how they line up with the recorded risk events, and each of
// those alerts (on whom, when, whether it caught an event).

#include "Date.h"
#include "RuleBacktest.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace eagle {

struct ShadowAlert {
    QString rule;
    QString institution;  // code
    Date firstDay, lastDay;
    bool caughtEvent = false;
    QString message;
};

struct ShadowRun {
    RuleBacktestReport report;
    std::vector<ShadowAlert> alerts;
    int institutions = 0;
    int days = 0;
};

}  // namespace eagle

Q_DECLARE_METATYPE(eagle::ShadowRun)
