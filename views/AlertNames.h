#pragma once
// Display names and colours of alert severities and workflow statuses, shared by the alert table,
// its filters and the buttons that move an alert along.

#include "AlertWorkflow.h"

#include <QColor>
#include <QString>

#include <string_view>

namespace eagle {

// "high" -> High (高); unknown names are shown as stored.
QString severityDisplayName(std::string_view severity);
// high 3, medium 2, low 1, anything else 0: sorts the most severe first when descending.
int severityRank(std::string_view severity);
QColor severityColor(std::string_view severity);

QString statusDisplayName(AlertStatus status);
QString statusDisplayName(std::string_view storedStatus);
// The button that moves an alert to `to`: "Start review", "Escalate", "Close", "Reopen"/"Hand back".
QString moveDisplayName(AlertStatus from, AlertStatus to);

}  // namespace eagle
