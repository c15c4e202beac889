#pragma once
// One row per strategy cluster: its colour and name, its size, the silhouette of the clustering
// and the centroid's feature profile (the features that set the cluster apart, in standard
// deviations from the market).

#include "LearningData.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace eagle {

class ClusterSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ClusterSummaryView(QWidget* parent = nullptr);

    void setData(const ClusterData& data);
    // The table as shown (for tests): rows are clusters in order.
    QString cellText(int row, int column) const;
    int rowCount() const;
    QString headline() const;

private:
    QLabel* headline_ = nullptr;
    QTableWidget* table_ = nullptr;
};

}  // namespace eagle
