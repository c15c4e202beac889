#pragma once
// Narrows the alert table to what the analyst asks for: severity, workflow status, rule,
// institution (code, any part) and a range of first days. An empty criterion lets everything by.

#include "Date.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace eagle {

class AlertFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlertFilterModel(QObject* parent = nullptr);

    // Stored names ("high", "under_review"); empty for any.
    void setSeverity(const QString& severity);
    void setStatus(const QString& status);
    void setRule(const QString& rule);
    void setInstitutionText(const QString& text);
    // Alerts whose first day is in [from, to]; either end may be open.
    void setDayRange(std::optional<Date> from, std::optional<Date> to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    QString severity_, status_, rule_, institution_;
    std::optional<Date> from_, to_;
};

}  // namespace eagle
