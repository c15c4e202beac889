#pragma once
// Back and forward through where the supervisor has been: each place is the shared selection's
// institution and time-cursor day. Changes made in one step (an alert sets both the institution
// and the day) become one place; going back or forward moves the selection without recording.

#include "Date.h"
#include "Ids.h"
#include "MetaTypes.h"

#include <QObject>

#include <vector>

namespace eagle {

class SelectionModel;

class NavigationHistory : public QObject {
    Q_OBJECT
public:
    struct Place {
        InstitutionId institution;
        Date day;
        bool operator==(const Place&) const = default;
    };

    explicit NavigationHistory(SelectionModel& selection, QObject* parent = nullptr);

    bool canGoBack() const { return current_ > 0; }
    bool canGoForward() const { return current_ + 1 < places_.size(); }
    const std::vector<Place>& places() const { return places_; }
    std::size_t current() const { return current_; }
    // Records what the selection shows now, without waiting for the event loop (tests, start-up).
    void recordNow();
    // Forgets everything (another workspace opened) and starts from what the selection shows.
    void reset();

public slots:
    void back();
    void forward();

signals:
    void changed();

private:
    void scheduleRecord();
    void moveTo(std::size_t index);

    SelectionModel& selection_;
    std::vector<Place> places_;
    std::size_t current_ = 0;
    bool recordPending_ = false;
    bool moving_ = false;
};

}  // namespace eagle
