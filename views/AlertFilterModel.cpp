#include "AlertFilterModel.h"

#include "AlertTableModel.h"

namespace eagle {

AlertFilterModel::AlertFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(AlertTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AlertFilterModel::setSeverity(const QString& severity) {
    severity_ = severity;
    refilter();
}

void AlertFilterModel::setStatus(const QString& status) {
    status_ = status;
    refilter();
}

void AlertFilterModel::setRule(const QString& rule) {
    rule_ = rule;
    refilter();
}

void AlertFilterModel::setInstitutionText(const QString& text) {
    institution_ = text.trimmed();
    refilter();
}

void AlertFilterModel::setDayRange(std::optional<Date> from, std::optional<Date> to) {
    from_ = from;
    to_ = to;
    refilter();
}

void AlertFilterModel::refilter() { invalidateRowsFilter(); }

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto role = [&](int r) { return sourceModel()->data(i, r); };
    if (!severity_.isEmpty() && role(AlertTableModel::SeverityRole).toString() != severity_) return false;
    if (!status_.isEmpty() && role(AlertTableModel::StatusRole).toString() != status_) return false;
    if (!rule_.isEmpty() && role(AlertTableModel::RuleRole).toString() != rule_) return false;
    if (!institution_.isEmpty() &&
        !role(AlertTableModel::InstitutionRole).toString().contains(institution_, Qt::CaseInsensitive))
        return false;
    const int day = role(AlertTableModel::DayRole).toInt();
    if (from_ && day < from_->daysSinceEpoch()) return false;
    if (to_ && day > to_->daysSinceEpoch()) return false;
    return true;
}

}  // namespace eagle
