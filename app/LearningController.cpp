#include "LearningController.h"

#include "ClusterNames.h"
#include "FeatureNames.h"
#include "JobRunner.h"
#include "LearningStore.h"
#include "ResultStore.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"
#include "WorkspaceController.h"

#include <QPointer>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

namespace eagle {
namespace {

struct StoredLearning {
    std::optional<Run> clusterRun;
    std::vector<StoredCluster> clusters;
    std::vector<ClusterMembership> members;
    std::optional<StoredModel> model;
};

ClusterData toClusterData(const StoredLearning& l, const WorkspaceSnapshot& s) {
    ClusterData d;
    if (!l.clusterRun) return d;
    d.valid = true;
    const ClusterRunInfo info = ClusterRunInfo::fromText(l.clusterRun->params);
    d.period = QObject::tr("%1 to %2").arg(QString::fromStdString(info.from), QString::fromStdString(info.to));
    d.silhouette = info.silhouette;
    d.minClusters = info.minClusters;
    d.silhouetteByK = info.silhouetteByK;
    d.variance1 = info.varianceShare.size() > 0 ? info.varianceShare[0] : NAN;
    d.variance2 = info.varianceShare.size() > 1 ? info.varianceShare[1] : NAN;
    for (const StoredCluster& c : l.clusters) {
        ClusterDescription description{c.cluster, clusterDisplayName(c.name), c.size, {}};
        std::stringstream distinguishing(c.distinguishing);  // feature=deviation;...
        for (std::string item; std::getline(distinguishing, item, ';');) {
            const auto eq = item.find('=');
            if (eq == std::string::npos) continue;
            description.profile.emplace_back(featureDisplayName(item.substr(0, eq)),
                                             std::strtod(item.c_str() + eq + 1, nullptr));
        }
        d.clusters.push_back(std::move(description));
    }
    for (const ClusterMembership& m : l.members) {
        const Institution* i = s.institution(m.institution);
        d.points.push_back({m.institution, i ? QString::fromStdString(i->code) : QString::number(m.institution.value),
                            m.cluster, m.pc1, m.pc2, m.distance, m.movedOn.has_value()});
    }
    for (std::size_t f = 0; f < info.features.size() && f < info.loadings1.size() && f < info.loadings2.size(); ++f)
        d.loadings.push_back({featureDisplayName(info.features[f]), info.loadings1[f], info.loadings2[f]});
    std::stable_sort(d.loadings.begin(), d.loadings.end(), [](const auto& a, const auto& b) {
        return a.pc1 * a.pc1 + a.pc2 * a.pc2 > b.pc1 * b.pc1 + b.pc2 * b.pc2;
    });
    return d;
}

WarningRunData toWarningRunData(const std::optional<StoredModel>& model) {
    WarningRunData d;
    if (!model) return d;
    d.valid = true;
    const WarningRunSummary s = WarningRunSummary::fromText(model->metrics);
    const WarningModel parsed = fromStoredModel(*model);
    d.description =
        QObject::tr("Window %1 days, horizon %2 days; %3 test institution-days (%4 positive) of %5 held-out "
                    "institutions in the last %6% of days; lead: warning on the top %7% of test scores.")
            .arg(parsed.task().window)
            .arg(parsed.task().horizon)
            .arg(s.testSamples)
            .arg(s.testPositives)
            .arg(s.testInstitutions)
            .arg(s.split.testPeriod * 100, 0, 'f', 0)
            .arg(s.options.alarmRate * 100, 0, 'f', 0);
    for (const EpochReport& e : s.epochs) d.epochs.push_back({e.epoch, e.trainingLoss, e.validationLoss, e.validationAuc});
    d.bestEpoch = s.bestEpoch;
    d.topK = int(s.options.topK);
    for (const ModelEvaluation& m : s.models)
        d.rows.push_back({QString::fromStdString(m.model), QString::fromStdString(m.detail), m.rocAuc, m.prAuc,
                          m.precisionAtK, m.lead.median, m.lead.warned, m.lead.events});
    return d;
}

}  // namespace

LearningController::LearningController(JobRunner& jobs, WorkspaceController& workspace, QObject* parent)
    : QObject(parent), jobs_(jobs), workspace_(workspace) {}

QString LearningController::jobTitle() { return tr("Clustering and training the early-warning model"); }

LearningOptions LearningController::defaultOptions() {
    LearningOptions o;
    o.hyper.epochs = 12;  // as measured in docs/learning.md; early stopping usually ends sooner
    return o;
}

void LearningController::reload() {
    if (!workspace_.isOpen()) return;
    const int generation = ++generation_;
    auto snapshot = std::make_shared<const WorkspaceSnapshot>(workspace_.snapshot());
    jobs_.start<StoredLearning>(
        tr("Loading strategy clusters and early warnings"),
        [path = snapshot->path](JobContext&) {
            Store store = Store::openReadOnly(path);
            StoredLearning l;
            LearningStore learning(store);
            l.clusterRun = ResultStore(store).latestRun(kClusterRunKind);
            if (l.clusterRun) {
                l.clusters = learning.clusters(l.clusterRun->id);
                l.members = learning.clusterMembers(l.clusterRun->id);
            }
            l.model = learning.latestModel(kGruWarningModelKind);
            return l;
        },
        [this, generation, snapshot](StoredLearning l) {
            if (generation != generation_) return;
            clusters_ = toClusterData(l, *snapshot);
            try {
                warningRun_ = toWarningRunData(l.model);
            } catch (const std::exception&) {
                warningRun_ = {};  // a model this build cannot read: shown as none
            }
            workspace_.setClusters(l.members, l.clusters);  // for the radar and the profile page
            emit clustersReady(clusters_);
            emit warningRunReady(warningRun_);
        });
}

void LearningController::start(const LearningOptions& options) {
    if (!workspace_.isOpen() || running_) return;
    running_ = true;
    const std::string path = workspace_.snapshot().path;
    QPointer<LearningController> self(this);
    // Epochs reach the curves on the GUI thread as they finish.
    const EpochCallback onEpoch = [self](const EpochReport& e) {
        const TrainingEpoch epoch{e.epoch, e.trainingLoss, e.validationLoss, e.validationAuc};
        QMetaObject::invokeMethod(
            self, [self, epoch] { if (self) emit self->epochReported(epoch); }, Qt::QueuedConnection);
    };
    if (options.train) emit trainingStarted();
    // JobRunner delivers only finished jobs; a cancelled or failed one is seen by its title.
    auto ended = std::make_shared<QMetaObject::Connection>(), failed = std::make_shared<QMetaObject::Connection>();
    const auto stop = [this, ended, failed](bool stored) {
        disconnect(*ended);
        disconnect(*failed);
        running_ = false;
        emit finished(stored);
        reload();
    };
    *ended = connect(&jobs_, &JobRunner::jobCancelled, this, [stop](const QString& title) {
        if (title == jobTitle()) stop(false);
    });
    *failed = connect(&jobs_, &JobRunner::jobFailed, this, [stop](const QString& title, const QString&) {
        if (title == jobTitle()) stop(false);
    });
    jobs_.start<LearningOutcome>(
        jobTitle(),
        [path, options, onEpoch](JobContext& job) { return runLearning(path, options, onEpoch, job.progress, job.stop); },
        [stop](LearningOutcome) { stop(true); });
}

}  // namespace eagle
