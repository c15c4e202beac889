#pragma once
// The trades behind a selected stretch of the time series (drill-down to the data).

#include "TradeListData.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace eagle {

class TradeTableModel;

class TradeListView : public QWidget {
    Q_OBJECT
public:
    explicit TradeListView(QWidget* parent = nullptr);
    void setTrades(TradeListData data);
    int rowCount() const;
    const TradeListData& trades() const;

private:
    QLabel* title_ = nullptr;
    QTableView* table_ = nullptr;
    TradeTableModel* model_ = nullptr;
};

}  // namespace eagle
