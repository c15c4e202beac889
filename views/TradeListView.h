#pragma once
// The trades behind a selected stretch of the time series (drill-down to the data).

#include "ExportableView.h"
#include "TradeListData.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace eagle {

class TradeTableModel;

class TradeListView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    explicit TradeListView(QWidget* parent = nullptr);

    // ExportableView: the rows and columns shown, as CSV
    QString exportName() const override;
    DataTable exportTable() const override;
    void setTrades(TradeListData data);
    int rowCount() const;
    const TradeListData& trades() const;

private:
    void showTitle();

    QLabel* title_ = nullptr;
    QTableView* table_ = nullptr;
    TradeTableModel* model_ = nullptr;
    bool hasTrades_ = false;  // a range has been listed (until then the title says how to)
};

}  // namespace eagle
