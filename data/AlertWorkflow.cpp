#include "AlertWorkflow.h"

#include <algorithm>
#include <array>

namespace eagle {
namespace {
constexpr std::array<std::string_view, 4> kNames{"new", "under_review", "escalated", "closed"};
}

std::string_view nameOf(AlertStatus status) { return kNames[static_cast<std::size_t>(status)]; }

std::optional<AlertStatus> alertStatusFrom(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<AlertStatus>(i);
    return std::nullopt;
}

std::vector<AlertStatus> nextStatuses(AlertStatus from) {
    switch (from) {
        case AlertStatus::New:
            return {AlertStatus::UnderReview};
        case AlertStatus::UnderReview:
            return {AlertStatus::Escalated, AlertStatus::Closed};
        case AlertStatus::Escalated:
            return {AlertStatus::Closed, AlertStatus::UnderReview};
        case AlertStatus::Closed:
            return {AlertStatus::UnderReview};
    }
    return {};
}

bool canMove(AlertStatus from, AlertStatus to) {
    const auto next = nextStatuses(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

}  // namespace eagle
