#include "NavigationHistory.h"

#include "SelectionModel.h"

#include <QTimer>

namespace eagle {
namespace {
constexpr std::size_t kMaxPlaces = 200;  // a day's investigation; older places fall off the front
}

NavigationHistory::NavigationHistory(SelectionModel& selection, QObject* parent) : QObject(parent), selection_(selection) {
    connect(&selection_, &SelectionModel::institutionChanged, this, &NavigationHistory::scheduleRecord);
    connect(&selection_, &SelectionModel::dayChanged, this, &NavigationHistory::scheduleRecord);
}

// Recorded once control returns to the event loop, so that the institution and the day set by one
// click make one place rather than two.
void NavigationHistory::scheduleRecord() {
    if (moving_ || recordPending_) return;
    recordPending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (recordPending_) recordNow();
    });
}

void NavigationHistory::recordNow() {
    recordPending_ = false;
    const Place here{selection_.institution(), selection_.day()};
    if (!places_.empty() && places_[current_] == here) return;
    if (!places_.empty()) places_.erase(places_.begin() + std::ptrdiff_t(current_) + 1, places_.end());
    places_.push_back(here);
    if (places_.size() > kMaxPlaces) places_.erase(places_.begin());
    current_ = places_.size() - 1;
    emit changed();
}

void NavigationHistory::reset() {
    places_.clear();
    current_ = 0;
    recordNow();
}

void NavigationHistory::back() {
    if (recordPending_) recordNow();  // a change not yet recorded is where back returns from
    if (canGoBack()) moveTo(current_ - 1);
}

void NavigationHistory::forward() {
    if (recordPending_) recordNow();
    if (canGoForward()) moveTo(current_ + 1);
}

void NavigationHistory::moveTo(std::size_t index) {
    current_ = index;
    moving_ = true;
    selection_.setInstitution(places_[index].institution);
    selection_.setDay(places_[index].day);
    moving_ = false;
    emit changed();
}

}  // namespace eagle
