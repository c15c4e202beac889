#pragma once
// Rows of the profile page: one per feature or score. The percentile and history columns carry
// their numbers in Qt::UserRole for the delegates that draw them.

#include "ProfilePageData.h"

#include <QAbstractTableModel>

namespace eagle {

class ProfilePageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Family, Feature, Value, Percentile, History, ColumnCount };

    explicit ProfilePageModel(QObject* parent = nullptr);

    void setData(ProfilePageData data);
    const ProfilePageData& pageData() const { return data_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ProfilePageData data_;
};

}  // namespace eagle
