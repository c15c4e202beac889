#pragma once
// The presenter of the learning results: loads the stored strategy clusters and early-warning run
// of the open workspace for the learning views, and runs "Cluster and train" as a background job
// whose epochs reach the training curves live. Cancelling the job leaves the workspace unchanged.

#include "LearningData.h"
#include "LearningJob.h"

#include <QObject>

#include <unordered_map>

namespace eagle {

class JobRunner;
class WorkspaceController;

class LearningController : public QObject {
    Q_OBJECT
public:
    LearningController(JobRunner& jobs, WorkspaceController& workspace, QObject* parent = nullptr);

    // Loads what the workspace holds (clustersReady, warningRunReady).
    void reload();
    // Clusters and trains in the background, then reloads.
    void start(const LearningOptions& options);
    void start() { start(defaultOptions()); }
    bool isRunning() const { return running_; }
    const ClusterData& clusters() const { return clusters_; }
    const WarningRunData& warningRun() const { return warningRun_; }
    // The title the job runs under (as JobRunner reports it).
    static QString jobTitle();
    static LearningOptions defaultOptions();

signals:
    void clustersReady(const eagle::ClusterData& data);
    void warningRunReady(const eagle::WarningRunData& data);
    void trainingStarted();
    void epochReported(const eagle::TrainingEpoch& epoch);
    // The job ended: stored (true) or cancelled or failed (false; nothing was written).
    void finished(bool stored);

private:
    JobRunner& jobs_;
    WorkspaceController& workspace_;
    bool running_ = false;
    int generation_ = 0;
    ClusterData clusters_;
    WarningRunData warningRun_;
};

}  // namespace eagle
