#include "ProfilePageModel.h"

#include "FeatureNames.h"

#include <QLocale>

#include <cmath>

namespace eagle {

ProfilePageModel::ProfilePageModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProfilePageModel::setData(ProfilePageData data) {
    beginResetModel();
    data_ = std::move(data);
    endResetModel();
}

int ProfilePageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(data_.rows.size());
}

int ProfilePageModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProfilePageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(data_.rows.size())) return {};
    const ProfilePageRow& r = data_.rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Family: return r.family;
        case Feature: return r.label;
        case Value:
            if (!std::isfinite(r.value)) return tr("n/a");
            return r.unit.isEmpty() ? QLocale().toString(r.value, 'g', 4)
                                    : QStringLiteral("%1 %2").arg(QLocale().toString(r.value, 'g', 4), r.unit);
        case Percentile: return std::isfinite(r.peerPercentile) ? QLocale().toString(r.peerPercentile, 'f', 0) : tr("n/a");
        default: return {};
        }
    case Qt::UserRole:
        if (index.column() == Percentile) return r.peerPercentile;
        if (index.column() == History) return QVariant::fromValue(QList<double>(r.history.begin(), r.history.end()));
        if (index.column() == Value) return r.value;  // sorting by the number, not the text
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Percentile && std::isfinite(r.peerPercentile))
            return tr("Higher than about %1% of %2 on %3")
                .arg(QLocale().toString(r.peerPercentile, 'f', 0), data_.peerLabel,
                     QString::fromStdString(data_.day.toString()));
        return featureToolTip(r.featureName.toStdString());
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant ProfilePageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Family: return tr("Family");
    case Feature: return tr("Feature");
    case Value: return tr("Value");
    case Percentile: return tr("Peer percentile");
    case History: return tr("Recent weeks");
    default: return {};
    }
}

}  // namespace eagle
