#pragma once
// Filters the institution table by free text (code, Chinese or English name) and by type.

#include "Domain.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace eagle {

class InstitutionFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit InstitutionFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setTypeFilter(std::optional<InstitutionType> type);
    bool isFiltering() const { return !search_.isEmpty() || type_.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString search_;
    std::optional<InstitutionType> type_;
};

}  // namespace eagle
