#pragma once
// Adapts the institution register to a Qt table: one row per institution, numeric sort keys.

#include "Domain.h"
#include "MetaTypes.h"

#include <QAbstractTableModel>

#include <unordered_map>
#include <vector>

namespace eagle {

class InstitutionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, EnglishNameColumn, TypeColumn, AssetsColumn, RatingColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,  // numbers sort as numbers, ratings by grade
        IdRole,                   // InstitutionId
        TypeRole,                 // int(InstitutionType)
    };

    explicit InstitutionTableModel(QObject* parent = nullptr);

    void setInstitutions(std::vector<Institution> institutions);
    const Institution* institutionAt(int row) const;
    // -1 when the institution is not in the register.
    int rowOf(InstitutionId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Position of a credit rating on the usual scale (AAA = 0); unrated sort last.
    static int ratingRank(const QString& rating);

private:
    QVariant displayData(const Institution& inst, int column) const;
    QVariant sortData(const Institution& inst, int column) const;

    std::vector<Institution> institutions_;
    std::unordered_map<std::int64_t, int> rowOf_;
};

}  // namespace eagle
