#include "InstitutionFilterModel.h"

#include "InstitutionTableModel.h"

namespace eagle {

InstitutionFilterModel::InstitutionFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(InstitutionTableModel::SortRole);
    setSortLocaleAware(true);  // pinyin-ish order for Chinese names where the locale supports it
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InstitutionFilterModel::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == search_) return;
    search_ = trimmed;
    invalidateRowsFilter();
}

void InstitutionFilterModel::setTypeFilter(std::optional<InstitutionType> type) {
    if (type == type_) return;
    type_ = type;
    invalidateRowsFilter();
}

bool InstitutionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* src = sourceModel();
    if (!src) return false;
    if (type_) {
        const QModelIndex idx = src->index(sourceRow, 0, sourceParent);
        if (src->data(idx, InstitutionTableModel::TypeRole).toInt() != int(*type_)) return false;
    }
    if (search_.isEmpty()) return true;
    for (const int column : {InstitutionTableModel::CodeColumn, InstitutionTableModel::NameColumn,
                             InstitutionTableModel::EnglishNameColumn}) {
        const QString text = src->data(src->index(sourceRow, column, sourceParent)).toString();
        if (text.contains(search_, Qt::CaseInsensitive)) return true;
    }
    return false;
}

}  // namespace eagle
