#include "AlertTableModel.h"

#include "AlertNames.h"

#include <QBrush>
#include <QFont>

namespace eagle {
namespace {
QString fromStd(const std::string& s) { return QString::fromStdString(s); }

// Status in workflow order, so sorting by status reads new, under review, escalated, closed.
int statusRank(const std::string& status) {
    const auto s = alertStatusFrom(status);
    return s ? static_cast<int>(*s) : 99;
}
}  // namespace

AlertTableModel::AlertTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertTableModel::setAlerts(std::vector<AlertRecord> alerts) {
    beginResetModel();
    alerts_ = std::move(alerts);
    rowOf_.clear();
    for (std::size_t i = 0; i < alerts_.size(); ++i) rowOf_[alerts_[i].alert.id] = static_cast<int>(i);
    endResetModel();
}

const AlertRecord* AlertTableModel::alertAt(int row) const {
    return row >= 0 && row < rowCount() ? &alerts_[static_cast<std::size_t>(row)] : nullptr;
}

int AlertTableModel::rowOf(std::int64_t alertId) const {
    const auto it = rowOf_.find(alertId);
    return it == rowOf_.end() ? -1 : it->second;
}

void AlertTableModel::setStatus(std::int64_t alertId, AlertStatus status) {
    const int row = rowOf(alertId);
    if (row < 0) return;
    alerts_[static_cast<std::size_t>(row)].alert.status = std::string(nameOf(status));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AlertTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(alerts_.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AlertTableModel::data(const QModelIndex& index, int role) const {
    const AlertRecord* r = alertAt(index.row());
    if (!r || !index.isValid()) return {};
    switch (role) {
        case Qt::DisplayRole:
            return displayData(*r, index.column());
        case Qt::ToolTipRole:
            return index.column() == MessageColumn ? fromStd(r->alert.message) : QVariant();
        case Qt::ForegroundRole:
            return index.column() == SeverityColumn ? QBrush(severityColor(r->alert.severity)) : QVariant();
        case Qt::FontRole:
            if (r->alert.status == "new") {  // unread alerts stand out, as in a mail client
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case SortRole:
            return sortData(*r, index.column());
        case AlertIdRole:
            return qint64(r->alert.id);
        case SeverityRole:
            return fromStd(r->alert.severity);
        case StatusRole:
            return fromStd(r->alert.status);
        case RuleRole:
            return fromStd(r->rule);
        case InstitutionRole:
            return fromStd(r->institutionCode);
        case DayRole:
            return r->alert.day.daysSinceEpoch();
        default:
            return {};
    }
}

QVariant AlertTableModel::displayData(const AlertRecord& r, int column) const {
    switch (column) {
        case SeverityColumn:
            return severityDisplayName(r.alert.severity);
        case StatusColumn:
            return statusDisplayName(r.alert.status);
        case DayColumn:
            return fromStd(r.alert.day.toString());
        case EndDayColumn:
            return fromStd(r.alert.endDay.toString());
        case RuleColumn:
            return r.ruleVersion > 1 ? tr("%1 (v%2)").arg(fromStd(r.rule)).arg(r.ruleVersion) : fromStd(r.rule);
        case InstitutionColumn:
            return fromStd(r.institutionCode);
        case MessageColumn:
            return fromStd(r.alert.message);
        default:
            return {};
    }
}

QVariant AlertTableModel::sortData(const AlertRecord& r, int column) const {
    switch (column) {
        case SeverityColumn:
            return severityRank(r.alert.severity);
        case StatusColumn:
            return statusRank(r.alert.status);
        case DayColumn:
            return r.alert.day.daysSinceEpoch();
        case EndDayColumn:
            return r.alert.endDay.daysSinceEpoch();
        default:
            return displayData(r, column);
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case SeverityColumn:
            return tr("Severity");
        case StatusColumn:
            return tr("Status");
        case DayColumn:
            return tr("From");
        case EndDayColumn:
            return tr("Until");
        case RuleColumn:
            return tr("Rule");
        case InstitutionColumn:
            return tr("Institution");
        case MessageColumn:
            return tr("Message");
        default:
            return {};
    }
}

}  // namespace eagle
