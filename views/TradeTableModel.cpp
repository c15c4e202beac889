#include "TradeTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace eagle {

TradeTableModel::TradeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TradeTableModel::setTrades(TradeListData data) {
    beginResetModel();
    data_ = std::move(data);
    endResetModel();
}

int TradeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(data_.trades.size());
}

int TradeTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TradeTableModel::productName(eagle::Product product) {
    switch (product) {
    case Product::Repo: return tr("Repo");
    case Product::Lending: return tr("Interbank lending");
    case Product::BondCash: return tr("Cash bond");
    case Product::FxSpot: return tr("FX spot");
    case Product::FxSwap: return tr("FX swap");
    case Product::GoldSpot: return tr("Gold spot");
    case Product::EquityCash: return tr("Equity");
    }
    return {};
}

// The buyer provides cash at the start leg: in the money market it lends, elsewhere it buys.
QString TradeTableModel::side(const Trade& t) const {
    if (!data_.institution.valid()) return {};  // an instrument's trades: no side of its own
    const bool buyer = t.buyer == data_.institution;
    if (t.market() == Market::Money) return buyer ? tr("Lent") : tr("Borrowed");
    return buyer ? tr("Bought") : tr("Sold");
}

QVariant TradeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(data_.trades.size())) return {};
    const Trade& t = data_.trades[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == NotionalColumn || index.column() == RateColumn || index.column() == TenorColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case TimeColumn:  // trade times are market local time; show them as they are stored
        return QDateTime::fromSecsSinceEpoch(t.ts, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ProductColumn: return productName(t.product);
    case SideColumn: return side(t);
    case CounterpartyColumn: {
        const auto code = [this](InstitutionId id) {
            const auto it = data_.counterparty.find(id.value);
            return it != data_.counterparty.end() ? it->second : QString::number(id.value);
        };
        if (!data_.institution.valid()) return tr("%1 → %2").arg(code(t.buyer), code(t.seller));  // buyer → seller
        const InstitutionId other = t.buyer == data_.institution ? t.seller : t.buyer;
        const auto it = data_.counterparty.find(other.value);
        return it != data_.counterparty.end() ? it->second : QString::number(other.value);
    }
    case NotionalColumn: return QLocale().toString(t.notionalCny / 1e6, 'f', 2);
    case RateColumn:
        return t.market() == Market::Money || t.price == 0 ? QLocale().toString(t.rate, 'f', 4) + QLatin1Char('%')
                                                           : QLocale().toString(t.price, 'f', 4);
    case TenorColumn: return t.tenorDays > 0 ? tr("%n day(s)", nullptr, t.tenorDays) : QString();
    default: return {};
    }
}

QVariant TradeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProductColumn: return tr("Product");
    case SideColumn: return tr("Side");
    case CounterpartyColumn: return tr("Counterparty");
    case NotionalColumn: return tr("Notional (CNY mn)");
    case RateColumn: return tr("Rate / price");
    case TenorColumn: return tr("Tenor");
    default: return {};
    }
}

}  // namespace eagle
