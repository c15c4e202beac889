#include "ClusterSummaryView.h"

#include "ClusterScatterView.h"
#include "LiveTexts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace eagle {
namespace {
constexpr std::size_t kProfileFeatures = 4;  // deviations listed per cluster
}

ClusterSummaryView::ClusterSummaryView(QWidget* parent)
    : QWidget(parent), headline_(new QLabel(this)), table_(new QTableWidget(this)) {
    headline_->setWordWrap(true);
    table_->setColumnCount(4);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(headline_);
    layout->addWidget(table_, 1);
    setData({});
    // The clusters come again from the app in a new language; the headers are the view's own.
    (new LiveTexts(this))->add(this, [this] {
        table_->setHorizontalHeaderLabels(
            {tr("Cluster"), tr("Size"), tr("Distance"), tr("Centroid profile (σ from market)")});
    });
}

void ClusterSummaryView::setData(const ClusterData& data) {
    table_->setRowCount(0);
    if (!data.valid) {
        headline_->setText(tr("No strategy clusters in this workspace yet."));
        return;
    }
    QStringList byK;
    for (std::size_t k = 0; k < data.silhouetteByK.size(); ++k)
        byK << tr("k=%1: %2").arg(data.minClusters + int(k)).arg(data.silhouetteByK[k], 0, 'f', 2);
    headline_->setText(tr("%n cluster(s), mean silhouette %1 (%2)", nullptr, int(data.clusters.size()))
                           .arg(data.silhouette, 0, 'f', 2)
                           .arg(byK.join(QStringLiteral(", "))));
    table_->setRowCount(int(data.clusters.size()));
    for (int r = 0; r < int(data.clusters.size()); ++r) {
        const ClusterDescription& c = data.clusters[std::size_t(r)];
        // Mean distance of the members to the centroid: how tight the cluster is.
        double sum = 0;
        int n = 0;
        for (const ClusterPoint& p : data.points)
            if (p.cluster == c.cluster) sum += p.distance, ++n;
        QStringList profile;
        for (std::size_t f = 0; f < std::min(kProfileFeatures, c.profile.size()); ++f)
            profile << QStringLiteral("%1 %2%3")
                           .arg(c.profile[f].first, c.profile[f].second >= 0 ? QStringLiteral("+") : QString())
                           .arg(c.profile[f].second, 0, 'f', 1);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 · %2").arg(c.cluster).arg(c.name));
        name->setData(Qt::DecorationRole, ClusterScatterView::clusterColour(c.cluster));
        table_->setItem(r, 0, name);
        table_->setItem(r, 1, new QTableWidgetItem(QString::number(c.size)));
        table_->setItem(r, 2, new QTableWidgetItem(n ? QString::number(sum / n, 'f', 2) : QString()));
        table_->setItem(r, 3, new QTableWidgetItem(profile.join(QStringLiteral(", "))));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
}

QString ClusterSummaryView::cellText(int row, int column) const {
    const QTableWidgetItem* item = table_->item(row, column);
    return item ? item->text() : QString();
}

int ClusterSummaryView::rowCount() const { return table_->rowCount(); }

QString ClusterSummaryView::headline() const { return headline_->text(); }

}  // namespace eagle
