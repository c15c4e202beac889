#include "TradeListView.h"

#include "LiveTexts.h"
#include "TradeTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace eagle {

TradeListView::TradeListView(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), table_(new QTableView(this)), model_(new TradeTableModel(this)) {
    title_->setWordWrap(true);
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(20);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addWidget(table_, 1);
    (new LiveTexts(this))->add(this, [this] {
        showTitle();
        emit model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
        table_->resizeColumnsToContents();  // the headers whole, also before any trades are listed
        table_->viewport()->update();  // sides and products are named as they are drawn
    });
}

void TradeListView::setTrades(TradeListData data) {
    model_->setTrades(std::move(data));
    hasTrades_ = true;
    showTitle();
    table_->resizeColumnsToContents();
}

void TradeListView::showTitle() {
    if (!hasTrades_) {
        title_->setText(tr("Drag across the time series with Shift held to list the trades of those days"));
        return;
    }
    const TradeListData& data = model_->trades();
    const QString range = data.from == data.to ? QString::fromStdString(data.from.toString())
                                               : tr("%1 to %2").arg(QString::fromStdString(data.from.toString()),
                                                                    QString::fromStdString(data.to.toString()));
    QString text = tr("%n trade(s) of %1, %2", nullptr, int(data.trades.size())).arg(data.institutionLabel, range);
    if (data.truncated) text += QLatin1Char(' ') + tr("(the first %n only)", nullptr, int(data.trades.size()));
    title_->setText(text);
}

int TradeListView::rowCount() const { return model_->rowCount(); }

const TradeListData& TradeListView::trades() const { return model_->trades(); }

QString TradeListView::exportName() const { return tr("Trades"); }

DataTable TradeListView::exportTable() const { return DataTable::fromView(*table_); }

}  // namespace eagle
