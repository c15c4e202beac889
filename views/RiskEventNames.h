#pragma once
// Display names of the kinds of recorded risk events (risk_event.kind), translated.

#include <QString>

#include <string_view>

namespace eagle {

// A kind the table below does not know is shown as it is stored, with spaces for underscores.
QString riskEventDisplayName(std::string_view kind);

}  // namespace eagle
