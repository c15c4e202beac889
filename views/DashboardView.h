#pragma once
// The dashboard: what a supervisor looks at first — activity by market, money-market rates against
// the policy corridor, open alerts by severity and the newest of them, the institutions whose risk
// rose most, the riskiest institutions' scores and the exposure network in numbers. Every item is
// one click from its detail: the view says what was clicked and the main window goes there.

#include "AlertStore.h"
#include "DashboardData.h"
#include "MetaTypes.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;
class QLabel;
class QPushButton;
class QTableWidget;

namespace eagle {

class LiveTexts;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void setData(DashboardData data);
    // The alerts of the current run (as the alerts dock has them): the feed and the severity
    // counts show those still open on or before the dashboard's day.
    void setAlerts(std::vector<AlertRecord> alerts);
    // A workflow move: closed alerts leave the feed and the counts.
    void setAlertStatus(std::int64_t alertId, AlertStatus status);

    const DashboardData& data() const { return data_; }
    // The open alerts as the feed lists them (newest first, then most severe), and the counts.
    std::vector<AlertRecord> feed() const;
    int openAlerts(const QString& severity) const;
    // What the riskiest institutions' column k scores and why it matters (views/FeatureNames): its
    // tooltip; empty beyond the columns.
    QString riskToolTip(int column) const;

signals:
    void institutionActivated(eagle::InstitutionId institution);
    void dayActivated(eagle::Date day);
    void alertActivated(qint64 alertId);
    void severityActivated(const QString& severity);
    void networkRequested();

private:
    // A tile: a heading over the content, both explaining themselves in a tooltip.
    QWidget* panel(QString (*title)(), QWidget* content, QString (*tip)());
    void showAsOf();
    QWidget* createAlertsPanel();
    QWidget* createNetworkPanel();
    void drawActivity();
    void drawRates();
    void drawHeatmap();
    void fitRisersName();
    void updateHeatmapTicks();  // after each layout, as the tile's size changes
    bool updateHeatmapColumnTicks();
    bool updateHeatmapRowTicks();
    void fillRisers();
    void fillAlerts();
    void fillNetwork();
    void onChartClick(QCustomPlot* plot, const QPoint& pos);
    void onHeatmapClick(const QPoint& pos);
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool isOpen(const AlertRecord& a) const;

    LiveTexts* texts_;
    int heatmapColumnLines_ = 0;  // the risk types' labels on one line or staggered on two
    int heatmapRowStep_ = 0;  // every how many rows of the riskiest institutions a code is shown
    DashboardData data_;
    std::vector<AlertRecord> alerts_;
    QLabel* asOf_;
    QCustomPlot* activity_;
    QCustomPlot* rates_;
    QCustomPlot* heatmap_;
    QCPColorMap* map_ = nullptr;
    QTableWidget* risers_;
    QTableWidget* feed_ = nullptr;
    std::vector<QPushButton*> severityButtons_;
    QLabel* networkSummary_ = nullptr;
    QTableWidget* hubs_ = nullptr;
    bool loaded_ = false;  // data has come (it may have no trading days)
};

}  // namespace eagle
