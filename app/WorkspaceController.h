#pragma once
// The presenter between an open workspace and the views: it starts the jobs that load results
// and hands each view its data by signal. Views never see the store.

#include "HeatmapView.h"
#include "TimeSeriesView.h"
#include "WorkspaceSnapshot.h"

#include <QObject>
#include <QString>

#include <memory>

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
    void requestSeries(InstitutionId institution, const QString& featureName);
    RadarProfile radarFor(InstitutionId institution) const;
    QString labelOf(InstitutionId institution) const;

signals:
    void opened();
    void openFailed(const QString& reason);
    void heatmapReady(const eagle::HeatmapData& data);
    void seriesReady(const eagle::TimeSeriesData& data);

private:
    JobRunner& jobs_;
    std::shared_ptr<const WorkspaceSnapshot> snapshot_;
    // Only the newest request of each kind is shown; older answers arriving late are dropped.
    int heatmapGeneration_ = 0;
    int seriesGeneration_ = 0;
};

}  // namespace eagle
