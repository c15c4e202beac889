#pragma once
// What is in focus, shared by every view so that they follow one another (linked views): the
// institution, and the day the views show the market as of (the time cursor).

#include "Date.h"
#include "Ids.h"
#include "MetaTypes.h"

#include <QObject>

namespace eagle {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    explicit SelectionModel(QObject* parent = nullptr);

    InstitutionId institution() const { return institution_; }
    // The time cursor; an invalid (default) Date until a workspace sets it.
    Date day() const { return day_; }

public slots:
    // An invalid id (value 0) clears the selection.
    void setInstitution(eagle::InstitutionId id);
    void clear() { setInstitution(InstitutionId{}); }
    void setDay(eagle::Date day);

signals:
    // Emitted only when the institution really changes, so views may echo a selection back
    // without starting a feedback loop.
    void institutionChanged(eagle::InstitutionId id);
    // Emitted only when the day really changes.
    void dayChanged(eagle::Date day);

private:
    InstitutionId institution_;
    Date day_;
};

}  // namespace eagle
