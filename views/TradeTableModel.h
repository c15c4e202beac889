#pragma once
// A table of trades seen from one institution: which side it took, with whom, how much, at what
// rate or price.

#include "TradeListData.h"

#include <QAbstractTableModel>

namespace eagle {

class TradeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ProductColumn, SideColumn, CounterpartyColumn, NotionalColumn, RateColumn, TenorColumn, ColumnCount };

    explicit TradeTableModel(QObject* parent = nullptr);
    void setTrades(TradeListData data);
    const TradeListData& trades() const { return data_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Translated display name of a product, e.g. "Repo" / 质押式回购.
    static QString productName(eagle::Product product);

private:
    QString side(const Trade& t) const;
    TradeListData data_;
};

}  // namespace eagle
