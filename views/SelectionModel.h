#pragma once
// The institution in focus, shared by every view so that they follow one another (linked views).

#include "Ids.h"
#include "MetaTypes.h"

#include <QObject>

namespace eagle {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    explicit SelectionModel(QObject* parent = nullptr);

    InstitutionId institution() const { return institution_; }

public slots:
    // An invalid id (value 0) clears the selection.
    void setInstitution(eagle::InstitutionId id);
    void clear() { setInstitution(InstitutionId{}); }

signals:
    // Emitted only when the institution really changes, so views may echo a selection back
    // without starting a feedback loop.
    void institutionChanged(eagle::InstitutionId id);

private:
    InstitutionId institution_;
};

}  // namespace eagle
