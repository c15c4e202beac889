#pragma once
// Alerts as a CSV file for a briefing or a spreadsheet: one row per alert in the order given (the
// order the analyst sees), UTF-8 with a byte order mark so spreadsheet programs show Chinese
// messages, written under a temporary name and renamed when complete.

#include "AlertStore.h"

#include <string>
#include <vector>

namespace eagle {

// Columns: alert_id, day, end_day, severity, status, rule, rule_version, institution, message,
// evidence (the stored JSON). Throws StoreError when the file cannot be written.
void writeAlertsCsv(const std::string& path, const std::vector<AlertRecord>& alerts);

}  // namespace eagle
