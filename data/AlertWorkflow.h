#pragma once
// What may happen to an alert: new -> under review -> escalated or closed, and back to review when
// an escalation is handed back or a closed alert is reopened. Nothing else, so the audit trail of
// every alert reads as a story a supervisor recognises.

#include <optional>
#include <string_view>
#include <vector>

namespace eagle {

enum class AlertStatus { New, UnderReview, Escalated, Closed };

// The stored names: new, under_review, escalated, closed.
std::string_view nameOf(AlertStatus status);
std::optional<AlertStatus> alertStatusFrom(std::string_view name);

// The statuses an analyst may move an alert to from `from`, in the order a menu shows them.
std::vector<AlertStatus> nextStatuses(AlertStatus from);
bool canMove(AlertStatus from, AlertStatus to);

}  // namespace eagle
