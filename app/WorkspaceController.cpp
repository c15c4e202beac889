#include "WorkspaceController.h"

#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "JobRunner.h"
#include "WorkspaceLoader.h"

#include <QLocale>

#include <cmath>

namespace eagle {

WorkspaceController::WorkspaceController(JobRunner& jobs, QObject* parent) : QObject(parent), jobs_(jobs) {}

void WorkspaceController::open(const QString& path) {
    const std::string file = path.toStdString();
    jobs_.start<std::shared_ptr<WorkspaceSnapshot>>(
        tr("Opening %1").arg(path),
        [file](JobContext& job) {
            return std::make_shared<WorkspaceSnapshot>(loadWorkspace(file, job.progress, job.stop));
        },
        [this](std::shared_ptr<WorkspaceSnapshot> snapshot) {
            snapshot_ = std::move(snapshot);
            emit opened();
        });
}

void WorkspaceController::requestHeatmap(const QString& featureName) {
    if (!snapshot_) return;
    const FeatureDef* def = snapshot_->feature(featureName.toStdString());
    if (!def) return;
    const int generation = ++heatmapGeneration_;
    auto snapshot = snapshot_;
    const FeatureDef feature = *def;
    jobs_.start<FeatureMatrix>(
        tr("Loading %1").arg(featureDisplayName(feature.name)),
        [snapshot, feature](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            const FeatureMatrix all = ResultStore(store).featureMatrix(snapshot->profileRun, feature.id);
            // Rows in the snapshot's display order (by type, largest first), values in display units.
            FeatureMatrix ordered;
            ordered.days = all.days;
            const double scale = featureDisplayScale(feature.name);
            for (std::size_t index : snapshot->heatmapOrder) {
                ordered.institutions.push_back(all.institutions[index]);
                for (std::size_t d = 0; d < all.days.size(); ++d) ordered.values.push_back(all.at(index, d) * scale);
            }
            return ordered;
        },
        [this, generation, feature, snapshot](FeatureMatrix matrix) {
            if (generation != heatmapGeneration_) return;
            HeatmapData data;
            data.featureName = QString::fromStdString(feature.name);
            data.featureLabel = featureDisplayName(feature.name);
            data.unit = featureDisplayUnit(feature.name);
            data.logScale = featurePrefersLogScale(feature.name);
            for (const InstitutionId id : matrix.institutions)
                data.rowLabels.push_back(QString::fromStdString(snapshot->institution(id)->code));
            data.matrix = std::move(matrix);
            emit heatmapReady(data);
        });
}

void WorkspaceController::requestSeries(InstitutionId institution, const QString& featureName) {
    if (!snapshot_ || !snapshot_->institution(institution)) return;
    const FeatureDef* def = snapshot_->feature(featureName.toStdString());
    if (!def) return;
    const int generation = ++seriesGeneration_;
    auto snapshot = snapshot_;
    const FeatureDef feature = *def;
    const Institution who = *snapshot_->institution(institution);
    struct Series {
        std::vector<DatedValue> own, peers;
    };
    jobs_.start<Series>(
        tr("Loading %1 of %2").arg(featureDisplayName(feature.name), QString::fromStdString(who.code)),
        [snapshot, feature, who](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            ResultStore results(store);
            Series s;
            s.own = std::move(results.institutionSeries(snapshot->profileRun, who.id)[feature.id]);
            s.peers = results.peerMedianSeries(snapshot->profileRun, std::string(nameOf(who.type)), feature.id);
            const double scale = featureDisplayScale(feature.name);
            for (auto* series : {&s.own, &s.peers})
                for (auto& point : *series) point.value *= scale;
            return s;
        },
        [this, generation, feature, who](Series s) {
            if (generation != seriesGeneration_) return;
            TimeSeriesData data;
            data.institution = who.id;
            data.institutionLabel = labelOf(who.id);
            data.featureName = QString::fromStdString(feature.name);
            data.featureLabel = featureDisplayName(feature.name);
            data.unit = featureDisplayUnit(feature.name);
            data.values = std::move(s.own);
            data.peerMedian = std::move(s.peers);
            data.peerLabel = displayName(who.type);
            emit seriesReady(data);
        });
}

RadarProfile WorkspaceController::radarFor(InstitutionId institution) const {
    if (!snapshot_ || !snapshot_->peers) return {};
    RadarProfile profile = snapshot_->peers->profileOf(institution);
    profile.institutionLabel = labelOf(institution).toStdString();
    return profile;
}

QString WorkspaceController::labelOf(InstitutionId institution) const {
    const Institution* i = snapshot_ ? snapshot_->institution(institution) : nullptr;
    if (!i) return {};
    // Chinese readers see the registered Chinese name, everyone else the English one.
    const bool chinese = QLocale().language() == QLocale::Chinese && !i->nameZh.empty();
    return QString::fromStdString(i->code) + " " + QString::fromStdString(chinese ? i->nameZh : i->name);
}

}  // namespace eagle
