#pragma once
// Adapts a rules run's alerts to a Qt table: one row per alert, with sort keys (severity by rank,
// days as numbers) and the raw values the filters need as roles.

#include "AlertStore.h"

#include <QAbstractTableModel>

#include <unordered_map>
#include <vector>

namespace eagle {

class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        DayColumn,
        EndDayColumn,
        RuleColumn,
        InstitutionColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        AlertIdRole,      // qint64
        SeverityRole,     // stored name: high, medium, low
        StatusRole,       // stored name: new, under_review, ...
        RuleRole,         // the rule's name
        InstitutionRole,  // the institution's code
        DayRole,          // first day, days since 1970-01-01
    };

    explicit AlertTableModel(QObject* parent = nullptr);

    void setAlerts(std::vector<AlertRecord> alerts);
    const std::vector<AlertRecord>& alerts() const { return alerts_; }
    const AlertRecord* alertAt(int row) const;
    // -1 when the alert is not shown.
    int rowOf(std::int64_t alertId) const;
    // After a workflow move: updates the row in place so that selection and sorting stay put.
    void setStatus(std::int64_t alertId, AlertStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const AlertRecord& r, int column) const;
    QVariant sortData(const AlertRecord& r, int column) const;

    std::vector<AlertRecord> alerts_;
    std::unordered_map<std::int64_t, int> rowOf_;
};

}  // namespace eagle
