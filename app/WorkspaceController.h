#pragma once
// The presenter between an open workspace and the views: it starts the jobs that load results
// and hands each view its data by signal. Views never see the store.

#include "DashboardData.h"
#include "HeatmapView.h"
#include "LearningStore.h"
#include "ProfilePageData.h"
#include "RiskMatrixData.h"
#include "StressTest.h"
#include "TimeSeriesView.h"
#include "TradeListData.h"
#include "WorkspaceSnapshot.h"

#include <QObject>

#include <optional>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace eagle {

class JobRunner;

class WorkspaceController : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceController(JobRunner& jobs, QObject* parent = nullptr);

    void open(const QString& path);
    bool isOpen() const { return snapshot_ != nullptr; }
    const WorkspaceSnapshot& snapshot() const { return *snapshot_; }

    void requestHeatmap(const QString& featureName);
    // One feature of an institution over time, with up to TimeSeriesView::kMaxCompanions more
    // (companions) to draw on linked axes; answered by seriesReady.
    void requestSeries(InstitutionId institution, const QString& featureName, const QStringList& companions = {});
    RadarProfile radarFor(InstitutionId institution) const;
    // The radar and the network as of a day of the time cursor (recent window ending that day);
    // answered by radarReady and networkReady.
    void requestRadar(InstitutionId institution, Date day);
    // The radar's dimensions (feature names); empty means the six risk scores.
    void setRadarAxes(std::vector<std::string> axes);
    void requestNetwork(Date day);
    // The day of the network the views show.
    Date networkDay() const { return network_ ? network_->network.asOf : Date(); }
    // A stress test on the network shown (stressReady, or stressFailed when the shock cannot be
    // read); `shock` as eagleeye-cli stress --shock takes it.
    void requestStress(const QString& shock, StressMethod method);
    // Every feature and score of one institution on one day against its peers (profileReady).
    void requestProfilePage(InstitutionId institution, Date day);
    // Every institution's risk scores over the recent window ending on `day` (riskMatrixReady).
    void requestRiskMatrix(Date day);
    // The trades of one institution on the days [from, to] (tradesReady).
    void requestTrades(InstitutionId institution, Date from, Date to);
    // The trades in one instrument on the days [from, to] (tradesReady, no institution).
    void requestInstrumentTrades(InstrumentId instrument, const QString& label, Date from, Date to);
    QString labelOf(InstitutionId institution) const;
    // The institution's strategy cluster in the latest cluster run, if it was clustered.
    std::optional<ProfileStrategy> strategyOf(InstitutionId institution) const;
    // The dashboard as of `day` (dashboardReady).
    void requestDashboard(Date day);
    // The latest cluster run: the radar compares with the institution's cluster and the profile
    // page shows where it stands; empty: the radar compares with the peer group only.
    void setClusters(const std::vector<ClusterMembership>& members, const std::vector<StoredCluster>& clusters);

signals:
    void opened();
    void openFailed(const QString& reason);
    void heatmapReady(const eagle::HeatmapData& data);
    void seriesReady(const eagle::TimeSeriesData& data);
    void radarReady(const eagle::RadarProfile& profile);
    void networkReady(std::shared_ptr<const eagle::NetworkViewData> network);
    void stressReady(const eagle::ContagionResult& result, const QStringList& names, const QString& title);
    void stressFailed(const QString& reason);
    void profilePageReady(const eagle::ProfilePageData& data);
    void tradesReady(const eagle::TradeListData& data);
    void riskMatrixReady(const eagle::RiskMatrixData& data);
    void dashboardReady(const eagle::DashboardData& data);

private:
    void publishProfilePage(ProfilePageData data);
    struct LoadedTrades {
        std::vector<Trade> trades;
        bool truncated = false;
    };
    void listTrades(InstitutionId institution, const QString& label, Date from, Date to,
                    std::function<LoadedTrades(Store&)> load);

    JobRunner& jobs_;
    std::shared_ptr<const WorkspaceSnapshot> snapshot_;
    // Only the newest request of each kind is shown; older answers arriving late are dropped.
    int heatmapGeneration_ = 0;
    int seriesGeneration_ = 0;
    int radarGeneration_ = 0;
    int networkGeneration_ = 0;
    int profileGeneration_ = 0;
    int tradesGeneration_ = 0;
    int riskMatrixGeneration_ = 0;
    int dashboardGeneration_ = 0;
    // The risk-score comparison of the last day asked for: a new institution on the same day
    // needs no new job.
    Date radarDay_;
    std::vector<std::string> radarAxes_;
    std::shared_ptr<const PeerComparison> radarPeers_;
    std::shared_ptr<const NetworkViewData> network_;
    std::optional<ProfilePageData> shownProfilePage_;  // the last page published, to add network measures to
    int stressGeneration_ = 0;
    std::unordered_map<std::int64_t, ClusterMembership> clusterOf_;  // by institution
    std::unordered_map<int, std::string> clusterNames_;
};

}  // namespace eagle
