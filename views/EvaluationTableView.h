#pragma once
// The early-warning network against its baselines on the same held-out test samples: ROC AUC,
// PR AUC, precision at the top k and the median lead time, one row per model.

#include "ExportableView.h"
#include "LearningData.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace eagle {

class EvaluationTableView : public QWidget, public ExportableView {
    Q_OBJECT
public:
    enum Column { Model, RocAuc, PrAuc, PrecisionAtK, MedianLead, Warned, Detail, ColumnCount };

    explicit EvaluationTableView(QWidget* parent = nullptr);

    void setData(const WarningRunData& data);
    int rowCount() const;
    QString cellText(int row, int column) const;
    // The number behind a cell (NaN where there is none), as shown before rounding.
    double cellValue(int row, int column) const;
    QString caption() const;

    // ExportableView: the rows and columns shown, as CSV
    QString exportName() const override;
    DataTable exportTable() const override;

private:
    QLabel* caption_ = nullptr;
    QTableWidget* table_ = nullptr;
};

}  // namespace eagle
