#include "InstitutionTableModel.h"

#include "InstitutionTypeNames.h"

#include <QLocale>

#include <array>

namespace eagle {
namespace {

constexpr double kBillion = 1e9;

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

InstitutionTableModel::InstitutionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void InstitutionTableModel::setInstitutions(std::vector<Institution> institutions) {
    beginResetModel();
    institutions_ = std::move(institutions);
    rowOf_.clear();
    rowOf_.reserve(institutions_.size());
    for (std::size_t i = 0; i < institutions_.size(); ++i) rowOf_[institutions_[i].id.value] = int(i);
    endResetModel();
}

const Institution* InstitutionTableModel::institutionAt(int row) const {
    if (row < 0 || row >= int(institutions_.size())) return nullptr;
    return &institutions_[std::size_t(row)];
}

int InstitutionTableModel::rowOf(InstitutionId id) const {
    const auto it = rowOf_.find(id.value);
    return it == rowOf_.end() ? -1 : it->second;
}

int InstitutionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(institutions_.size());
}

int InstitutionTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InstitutionTableModel::data(const QModelIndex& index, int role) const {
    const Institution* inst = index.isValid() ? institutionAt(index.row()) : nullptr;
    if (!inst) return {};
    switch (role) {
        case Qt::DisplayRole:
            return displayData(*inst, index.column());
        case SortRole:
            return sortData(*inst, index.column());
        case IdRole:
            return QVariant::fromValue(inst->id);
        case TypeRole:
            return int(inst->type);
        case Qt::TextAlignmentRole:
            if (index.column() == AssetsColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            if (index.column() == RatingColumn) return QVariant(Qt::AlignCenter);
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::DecorationRole:
            // A swatch ties the table to the network and legend colours.
            if (index.column() == TypeColumn) return typeColor(inst->type);
            return {};
        case Qt::ToolTipRole: {
            QString tip = fromStd(inst->code) + QStringLiteral("  ") + fromStd(inst->nameZh);
            if (!inst->name.empty()) tip += QLatin1Char('\n') + fromStd(inst->name);
            if (!inst->region.empty()) tip += QLatin1Char('\n') + tr("Region: %1").arg(fromStd(inst->region));
            return tip;
        }
        default:
            return {};
    }
}

// The first name column is in the reader's language, the second in the other one.
static bool chineseReader() { return QLocale().language() == QLocale::Chinese; }

QVariant InstitutionTableModel::displayData(const Institution& inst, int column) const {
    switch (column) {
        case CodeColumn:
            return fromStd(inst.code);
        case NameColumn:
            return fromStd(chineseReader() && !inst.nameZh.empty() ? inst.nameZh : inst.name);
        case EnglishNameColumn:
            return fromStd(chineseReader() ? inst.name : inst.nameZh);
        case TypeColumn:
            return displayName(inst.type);
        case AssetsColumn:
            return QLocale().toString(inst.totalAssets / kBillion, 'f', 1);
        case RatingColumn:
            return inst.rating.empty() ? QStringLiteral("–") : fromStd(inst.rating);
        default:
            return {};
    }
}

QVariant InstitutionTableModel::sortData(const Institution& inst, int column) const {
    switch (column) {
        case TypeColumn:
            return int(inst.type);  // tier order, not alphabetical
        case AssetsColumn:
            return inst.totalAssets;
        case RatingColumn:
            return ratingRank(fromStd(inst.rating));
        default:
            return displayData(inst, column);
    }
}

QVariant InstitutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole && section == AssetsColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case CodeColumn:
            return tr("Code");
        case NameColumn:
            return tr("Name");
        case EnglishNameColumn:
            return chineseReader() ? tr("English name") : tr("Chinese name");
        case TypeColumn:
            return tr("Type");
        case AssetsColumn:
            return tr("Total assets (CNY bn)");
        case RatingColumn:
            return tr("Rating");
        default:
            return {};
    }
}

int InstitutionTableModel::ratingRank(const QString& rating) {
    static const std::array<const char*, 20> kScale{"AAA",  "AA+", "AA",   "AA-", "A+", "A",   "A-",
                                                    "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+",
                                                    "B",    "B-",  "CCC",  "CC",  "C",  "D"};
    const QString r = rating.trimmed().toUpper();
    for (std::size_t i = 0; i < kScale.size(); ++i)
        if (r == QLatin1String(kScale[i])) return int(i);
    return int(kScale.size()) + 1;
}

}  // namespace eagle
