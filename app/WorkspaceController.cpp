#include "WorkspaceController.h"

#include "AuditLog.h"
#include "ClusterNames.h"
#include "DashboardLoader.h"
#include "FeatureNames.h"
#include "InstitutionTypeNames.h"
#include "JobRunner.h"
#include "LearningStore.h"
#include "ProfileEngine.h"
#include "RiskEventNames.h"
#include "RiskScores.h"
#include "RuleRunner.h"
#include "RuleStore.h"
#include "WarningLookup.h"
#include "WarningRun.h"
#include "WorkspaceLoader.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>

namespace eagle {
namespace {
constexpr int kAlertLabelLength = 40;  // characters of an alert's message shown beside its marker
constexpr std::ptrdiff_t kProfileHistoryDays = 60;  // the profile page's sparklines: about three months
constexpr std::size_t kMaxListedTrades = 20000;     // a drill-down lists trades to read, not to export

// The institution's position in the exposure network of the views' network day, as rows of its
// profile: each measure ranked among institutions of its type. No history: the network is
// measured for the day shown, not stored per day.
std::vector<ProfilePageRow> networkRows(const NetworkViewData& net, InstitutionId who) {
    using Features = InstitutionNetworkFeatures;
    struct Measure {
        const char* name;
        double (*of)(const Features&);
    };
    static constexpr Measure kMeasures[] = {
        {"network_pagerank", [](const Features& f) { return f.aggregate.pageRank; }},
        {"network_betweenness", [](const Features& f) { return f.aggregate.betweenness; }},
        {"network_eigenvector", [](const Features& f) { return f.aggregate.eigenvector; }},
        {"network_hub", [](const Features& f) { return f.aggregate.hub; }},
        {"network_authority", [](const Features& f) { return f.aggregate.authority; }},
        {"network_coreness", [](const Features& f) { return double(f.aggregate.coreness); }},
        {"network_debtrank", [](const Features& f) { return f.failureDebtRankComputed ? f.failureDebtRank : NAN; }},
    };
    const auto& institutions = net.network.institutions;
    if (net.features.size() != institutions.size()) return {};
    const auto at = std::find_if(institutions.begin(), institutions.end(), [who](auto& i) { return i.id == who; });
    if (at == institutions.end()) return {};
    const std::size_t self = std::size_t(at - institutions.begin());
    std::vector<ProfilePageRow> rows;
    for (const Measure& m : kMeasures) {
        std::vector<double> peers;
        for (std::size_t k = 0; k < institutions.size(); ++k)
            if (const double v = m.of(net.features[k]); institutions[k].type == at->type && std::isfinite(v))
                peers.push_back(v);
        const double own = m.of(net.features[self]);
        rows.push_back({QString::fromLatin1(m.name), featureDisplayName(m.name), featureFamilyName(m.name),
                        featureDisplayUnit(m.name), own * featureDisplayScale(m.name), midRankPercentileOf(peers, own),
                        {}});
    }
    return rows;
}
}  // namespace

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
            radarDay_ = snapshot_->days.empty() ? Date() : snapshot_->days.back();
            radarPeers_ = radarAxes_.empty() ? snapshot_->peers : nullptr;  // the loader ranks the default axes
            network_ = snapshot_->network;
            // The learning presenter loads this workspace's clusters; the old page is another workspace's.
            clusterOf_.clear(), clusterNames_.clear(), shownProfilePage_.reset();
            ++radarGeneration_, ++networkGeneration_;
            emit opened();
        });
}

void WorkspaceController::requestHeatmap(const QString& featureName) {
    if (!snapshot_) return;
    const std::string name = featureName.toStdString();
    const FeatureDef* def = snapshot_->feature(name);
    const bool warning = name == kWarningScoreFeature;  // from the learning tables, not a stored feature
    if (!def && !warning) return;
    const int generation = ++heatmapGeneration_;
    auto snapshot = snapshot_;
    const std::optional<FeatureDef> feature = def ? std::optional<FeatureDef>(*def) : std::nullopt;
    jobs_.start<FeatureMatrix>(
        tr("Loading %1").arg(featureDisplayName(name)),
        [snapshot, feature, name](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            // Rows in the snapshot's display order (by type, largest first), values in display units.
            std::vector<InstitutionId> rows;
            for (std::size_t index : snapshot->heatmapOrder) rows.push_back(snapshot->institutions[index].id);
            if (!feature) return warningScoreMatrix(store, *snapshot, rows).value_or(FeatureMatrix{});
            const FeatureMatrix all = ResultStore(store).featureMatrix(snapshot->profileRun, feature->id);
            FeatureMatrix ordered;
            ordered.days = all.days;
            const double scale = featureDisplayScale(name);
            for (std::size_t index : snapshot->heatmapOrder) {
                ordered.institutions.push_back(all.institutions[index]);
                for (std::size_t d = 0; d < all.days.size(); ++d) ordered.values.push_back(all.at(index, d) * scale);
            }
            return ordered;
        },
        [this, generation, name, snapshot](FeatureMatrix matrix) {
            if (generation != heatmapGeneration_) return;
            HeatmapData data;
            data.featureName = QString::fromStdString(name);
            data.featureLabel = featureDisplayName(name);
            data.unit = featureDisplayUnit(name);
            data.logScale = featurePrefersLogScale(name);
            for (const InstitutionId id : matrix.institutions)
                data.rowLabels.push_back(QString::fromStdString(snapshot->institution(id)->code));
            data.matrix = std::move(matrix);
            emit heatmapReady(data);
        });
}

void WorkspaceController::requestSeries(InstitutionId institution, const QString& featureName,
                                        const QStringList& companions) {
    if (!snapshot_ || !snapshot_->institution(institution)) return;
    const FeatureDef* def = snapshot_->feature(featureName.toStdString());
    if (!def) return;
    const int generation = ++seriesGeneration_;
    auto snapshot = snapshot_;
    const FeatureDef feature = *def;
    std::vector<FeatureDef> others;
    for (const QString& name : companions)
        if (const FeatureDef* other = snapshot_->feature(name.toStdString())) others.push_back(*other);
    const Institution who = *snapshot_->institution(institution);
    struct Series {
        std::vector<DatedValue> own, peers;
        std::vector<std::pair<std::vector<DatedValue>, std::vector<DatedValue>>> others;  // own, peers
        std::vector<RiskEvent> events;
        std::vector<Alert> alerts;
        InstitutionWarnings warnings;
    };
    jobs_.start<Series>(
        tr("Loading %1 of %2").arg(featureDisplayName(feature.name), QString::fromStdString(who.code)),
        [snapshot, feature, others, who](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            ResultStore results(store);
            Series s;
            auto all = results.institutionSeries(snapshot->profileRun, who.id);
            const std::string peerGroup(nameOf(who.type));
            s.own = std::move(all[feature.id]);
            s.peers = results.peerMedianSeries(snapshot->profileRun, peerGroup, feature.id);
            for (const FeatureDef& other : others) {
                auto& [own, peers] = s.others.emplace_back(
                    std::move(all[other.id]), results.peerMedianSeries(snapshot->profileRun, peerGroup, other.id));
                const double scale = featureDisplayScale(other.name);
                for (auto* series : {&own, &peers})
                    for (auto& point : *series) point.value *= scale;
            }
            for (RiskEvent& e : store.riskEvents())
                if (e.institution == who.id) s.events.push_back(std::move(e));
            if (const auto rules = results.latestRun(kRuleRunKind))
                for (Alert& a : RuleStore(store).alerts(rules->id))
                    if (a.institution == who.id) s.alerts.push_back(std::move(a));
            s.warnings = loadInstitutionWarnings(store, *snapshot, who.id);
            const double scale = featureDisplayScale(feature.name);
            for (auto* series : {&s.own, &s.peers})
                for (auto& point : *series) point.value *= scale;
            return s;
        },
        [this, generation, feature, others, who, snapshot](Series s) {
            if (generation != seriesGeneration_) return;
            TimeSeriesData data;
            for (std::size_t k = 0; k < others.size(); ++k)
                data.companions.push_back({QString::fromStdString(others[k].name), featureDisplayName(others[k].name),
                                           featureDisplayUnit(others[k].name), std::move(s.others[k].first),
                                           std::move(s.others[k].second)});
            data.institution = who.id;
            data.institutionLabel = labelOf(who.id);
            data.featureName = QString::fromStdString(feature.name);
            data.featureLabel = featureDisplayName(feature.name);
            data.unit = featureDisplayUnit(feature.name);
            data.values = std::move(s.own);
            data.peerMedian = std::move(s.peers);
            data.peerLabel = displayName(who.type);
            for (const RiskEvent& e : s.events) data.markers.push_back({e.day, riskEventDisplayName(e.kind), false});
            for (const Alert& a : s.alerts)
                data.markers.push_back({a.day, QString::fromStdString(a.message).left(kAlertLabelLength), true});
            data.warningScore = std::move(s.warnings.scores);
            data.warningThreshold = s.warnings.threshold;
            for (const WarningReason& r : s.warnings.reasons) {
                TimeSeriesData::Explanation e{r.day, r.score, {}};
                for (const FeatureContribution& c : r.contributions)
                    e.reasons << tr("%1 (%2) %3")
                                     .arg(featureDisplayName(c.feature),
                                          QString::fromStdString(snapshot->days[c.day].toString()))
                                     .arg(c.value >= 0 ? QStringLiteral("+%1").arg(c.value, 0, 'f', 2)
                                                       : QString::number(c.value, 'f', 2));
                data.explanations.push_back(std::move(e));
            }
            emit seriesReady(data);
        });
}

void WorkspaceController::requestProfilePage(InstitutionId institution, Date day) {
    if (!snapshot_ || !snapshot_->institution(institution)) return;
    const int generation = ++profileGeneration_;
    auto snapshot = snapshot_;
    const Institution who = *snapshot_->institution(institution);
    struct Numbers {
        std::vector<double> value, percentile;  // per snapshot feature
        std::vector<std::vector<double>> history;
    };
    jobs_.start<Numbers>(
        tr("Profile of %1").arg(QString::fromStdString(who.code)),
        [snapshot, who, day](JobContext& job) {
            Store store = Store::openReadOnly(snapshot->path);
            ResultStore results(store);
            const auto series = results.institutionSeries(snapshot->profileRun, who.id);
            throwIfStopped(job.stop);
            const auto onDay = results.featuresOn(snapshot->profileRun, day);
            // The days of the sparkline: kProfileHistoryDays trading days up to the day shown.
            const auto end = std::upper_bound(snapshot->days.begin(), snapshot->days.end(), day);
            const auto begin = end - std::min<std::ptrdiff_t>(end - snapshot->days.begin(), kProfileHistoryDays);
            Numbers n;
            for (const FeatureDef& def : snapshot->features) {
                const double scale = featureDisplayScale(def.name);
                // Mid-rank percentile among institutions of the same type, as the risk scores rank.
                std::vector<double> peers;
                double own = NAN;
                for (const Institution& i : snapshot->institutions) {
                    const auto row = onDay.find(i.id.value);
                    if (row == onDay.end()) continue;
                    const auto v = row->second.find(def.id);
                    if (v == row->second.end()) continue;
                    if (i.id == who.id) own = v->second;
                    if (i.type == who.type) peers.push_back(v->second);
                }
                n.value.push_back(own * scale);
                n.percentile.push_back(midRankPercentileOf(peers, own));
                std::vector<double> history(std::size_t(end - begin), NAN);
                if (const auto s = series.find(def.id); s != series.end())
                    for (const DatedValue& v : s->second) {
                        const auto at = std::lower_bound(begin, end, v.day);
                        if (at != end && *at == v.day) history[std::size_t(at - begin)] = v.value * scale;
                    }
                n.history.push_back(std::move(history));
            }
            // The early-warning score as one more row, once a model has scored the market: the
            // score the risk matrix shows, ranked among peers the same way.
            if (const auto run = results.latestRun(kWarningRunKind)) {
                const auto latest = warningScoresAsOf(store, day);
                std::vector<double> peers;
                for (const Institution& i : snapshot->institutions)
                    if (const auto v = latest.find(i.id.value); i.type == who.type && v != latest.end())
                        peers.push_back(v->second);
                const auto own = latest.find(who.id.value);
                n.value.push_back(own == latest.end() ? NAN : own->second);
                n.percentile.push_back(own == latest.end() ? NAN : midRankPercentileOf(peers, own->second));
                std::vector<double> history(std::size_t(end - begin), NAN);
                for (const WarningScore& w : LearningStore(store).warningsOf(run->id, who.id)) {
                    const auto at = std::lower_bound(begin, end, w.day);
                    if (at != end && *at == w.day) history[std::size_t(at - begin)] = w.score;
                }
                n.history.push_back(std::move(history));
            }
            return n;
        },
        [this, generation, snapshot, who, day](Numbers n) {
            if (generation != profileGeneration_) return;
            ProfilePageData data;
            data.institution = who.id;
            data.institutionLabel = labelOf(who.id);
            data.peerLabel = displayName(who.type);
            data.day = day;
            for (std::size_t k = 0; k < n.value.size(); ++k) {
                // The rows after the stored features hold the early-warning score.
                const std::string name = k < snapshot->features.size() ? snapshot->features[k].name
                                                                       : std::string(kWarningScoreFeature);
                data.rows.push_back({QString::fromStdString(name), featureDisplayName(name), featureFamilyName(name),
                                     featureDisplayUnit(name), n.value[k], n.percentile[k], std::move(n.history[k])});
            }
            // Scores first, then the families in dictionary order (features are defined in it):
            // features defined later (the stored network measures) close their family.
            std::stable_partition(data.rows.begin(), data.rows.end(), [](const ProfilePageRow& r) {
                return r.featureName.startsWith(QLatin1String("score_")) || r.featureName == kWarningScoreFeature;
            });
            QStringList families;
            for (const ProfilePageRow& r : data.rows)
                if (!families.contains(r.family)) families << r.family;
            std::stable_sort(data.rows.begin(), data.rows.end(), [&](const ProfilePageRow& a, const ProfilePageRow& b) {
                return families.indexOf(a.family) < families.indexOf(b.family);
            });
            publishProfilePage(std::move(data));
        });
}

// A profile run that stored the network measures shows them with their history. For an older
// run's page they join when the network of the page's day is there: now, or when requestNetwork's
// job for that day delivers it (see there). The network measures close their family.
void WorkspaceController::publishProfilePage(ProfilePageData data) {
    // Stored rows have a history (the page's days); rows taken from the network have none.
    const bool stored = std::any_of(data.rows.begin(), data.rows.end(), [](const ProfilePageRow& r) {
        return r.featureName.startsWith(QLatin1String("network_")) &&
               std::any_of(r.history.begin(), r.history.end(), [](double v) { return std::isfinite(v); });
    });
    if (!stored)
        std::erase_if(data.rows, [](const ProfilePageRow& r) { return r.featureName.startsWith(QLatin1String("network_")); });
    if (!stored && network_ && network_->network.asOf == data.day) {
        auto rows = networkRows(*network_, data.institution);
        const QString family = rows.empty() ? QString() : rows.front().family;
        auto end = std::find_if(data.rows.rbegin(), data.rows.rend(),
                                [&](const ProfilePageRow& r) { return r.family == family; })
                       .base();
        if (end == data.rows.begin()) end = data.rows.end();
        data.rows.insert(end, std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    }
    data.strategy = strategyOf(data.institution);
    shownProfilePage_ = data;
    emit profilePageReady(data);
}

void WorkspaceController::requestRiskMatrix(Date day) {
    if (!snapshot_) return;
    const int generation = ++riskMatrixGeneration_;
    auto snapshot = snapshot_;
    std::vector<std::int64_t> scoreIds;
    QStringList columns, features;
    for (const auto& spec : riskTypes())
        if (const FeatureDef* def = snapshot_->feature(std::string(spec.name))) {
            scoreIds.push_back(def->id);
            columns << featureDisplayName(spec.name);
            features << QString::fromUtf8(spec.name.data(), qsizetype(spec.name.size()));
        }
    struct Matrix {
        std::vector<std::vector<double>> scores;
        bool warnings = false;  // a last column holds the early-warning score
    };
    jobs_.start<Matrix>(
        tr("Risk scores as of %1").arg(QString::fromStdString(day.toString())),
        [snapshot, day, scoreIds](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            const auto means = ResultStore(store).featureMeans(snapshot->profileRun,
                                                               recentWindowStart(snapshot->days, day), day, scoreIds);
            // The early-warning probability on the day, on the scores' 0-100 scale.
            const auto warnings = warningScoresAsOf(store, day);
            Matrix m;
            m.warnings = !warnings.empty();
            for (const Institution& i : snapshot->institutions) {
                auto& row = m.scores.emplace_back(scoreIds.size() + (m.warnings ? 1 : 0), NAN);
                if (const auto it = means.find(i.id.value); it != means.end())
                    for (std::size_t k = 0; k < scoreIds.size(); ++k)
                        if (const auto v = it->second.find(scoreIds[k]); v != it->second.end()) row[k] = v->second;
                if (const auto w = warnings.find(i.id.value); w != warnings.end()) row.back() = 100 * w->second;
            }
            return m;
        },
        [this, generation, snapshot, day, columns, features](Matrix m) {
            if (generation != riskMatrixGeneration_) return;
            RiskMatrixData data;
            data.day = day;
            data.columnLabels = columns;
            data.columnFeatures = features;
            if (m.warnings) {
                data.columnLabels << tr("Early warning");
                data.columnFeatures << QString::fromLatin1(kWarningScoreFeature);
            }
            auto scores = std::move(m.scores);
            data.scores = std::move(scores);
            for (const Institution& i : snapshot->institutions) {
                data.institutions.push_back(i.id);
                data.rowLabels << QString::fromStdString(i.code);
            }
            emit riskMatrixReady(data);
        });
}

void WorkspaceController::requestDashboard(Date day) {
    if (!snapshot_) return;
    const int generation = ++dashboardGeneration_;
    auto snapshot = snapshot_;
    jobs_.start<DashboardData>(
        tr("Dashboard as of %1").arg(QString::fromStdString(day.toString())),
        [snapshot, day](JobContext& job) {
            Store store = Store::openReadOnly(snapshot->path);
            return loadDashboard(store, *snapshot, day, job.stop);
        },
        [this, generation](DashboardData data) {
            if (generation == dashboardGeneration_) emit dashboardReady(data);
        });
}

void WorkspaceController::requestTrades(InstitutionId institution, Date from, Date to) {
    if (!snapshot_ || !snapshot_->institution(institution)) return;
    listTrades(institution, labelOf(institution), from, to, [institution, from, to](Store& store) {
        LoadedTrades l;
        l.trades = store.tradesOf(institution, from, to, kMaxListedTrades, &l.truncated);
        return l;
    });
}

void WorkspaceController::requestInstrumentTrades(InstrumentId instrument, const QString& label, Date from, Date to) {
    if (!snapshot_) return;
    listTrades(InstitutionId{}, label, from, to, [instrument, from, to](Store& store) {
        LoadedTrades l;
        l.trades = store.tradesIn(instrument, from, to, kMaxListedTrades, &l.truncated);
        return l;
    });
}

void WorkspaceController::listTrades(InstitutionId institution, const QString& label, Date from, Date to,
                                     std::function<LoadedTrades(Store&)> load) {
    const int generation = ++tradesGeneration_;
    auto snapshot = snapshot_;
    jobs_.start<LoadedTrades>(
        tr("Trades of %1").arg(label),
        [snapshot, load](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            return load(store);
        },
        [this, generation, snapshot, institution, label, from, to](LoadedTrades l) {
            if (generation != tradesGeneration_) return;
            TradeListData data;
            data.institution = institution;
            data.institutionLabel = label;
            data.from = from;
            data.to = to;
            data.truncated = l.truncated;
            for (const Trade& t : l.trades)
                for (const InstitutionId party : {t.buyer, t.seller})
                    if (const Institution* i = snapshot->institution(party))
                        data.counterparty.emplace(party.value, QString::fromStdString(i->code));
            data.trades = std::move(l.trades);
            emit tradesReady(data);
        });
}

RadarProfile WorkspaceController::radarFor(InstitutionId institution) const {
    if (!snapshot_ || !radarPeers_) return {};
    RadarProfile profile;
    if (const auto it = clusterOf_.find(institution.value); it != clusterOf_.end()) {
        const int cluster = it->second.cluster;
        std::vector<InstitutionId> members;
        for (const auto& [id, m] : clusterOf_)
            if (m.cluster == cluster) members.emplace_back(id);
        const auto name = clusterNames_.find(cluster);
        profile = radarPeers_->profileOf(
            institution, members,
            std::to_string(cluster) +
                (name == clusterNames_.end() ? std::string() : " · " + clusterDisplayName(name->second).toStdString()));
    } else {
        profile = radarPeers_->profileOf(institution);
    }
    profile.institutionLabel = labelOf(institution).toStdString();
    return profile;
}

void WorkspaceController::setRadarAxes(std::vector<std::string> axes) {
    if (axes == radarAxes_) return;
    radarAxes_ = std::move(axes);
    radarPeers_.reset();  // the next request computes the new dimensions
}

void WorkspaceController::requestRadar(InstitutionId institution, Date day) {
    if (!snapshot_) return;
    const int generation = ++radarGeneration_;
    if (day == radarDay_ && radarPeers_) return emit radarReady(radarFor(institution));
    auto snapshot = snapshot_;
    auto axes = radarAxes_;
    jobs_.start<std::shared_ptr<const PeerComparison>>(
        tr("Ranking against peers as of %1").arg(QString::fromStdString(day.toString())),
        [snapshot, day, axes](JobContext&) {
            Store store = Store::openReadOnly(snapshot->path);
            return compareProfiles(store, *snapshot, day, axes);
        },
        [this, generation, day, institution](std::shared_ptr<const PeerComparison> peers) {
            if (generation != radarGeneration_) return;
            radarDay_ = day;
            radarPeers_ = std::move(peers);
            emit radarReady(radarFor(institution));
        });
}

void WorkspaceController::requestNetwork(Date day) {
    if (!snapshot_ || (network_ && network_->network.asOf == day)) return;
    const int generation = ++networkGeneration_;
    auto snapshot = snapshot_;
    auto previous = network_;
    jobs_.start<std::shared_ptr<const NetworkViewData>>(
        tr("Laying out the network as of %1").arg(QString::fromStdString(day.toString())),
        [snapshot, previous, day](JobContext& job) {
            Store store = Store::openReadOnly(snapshot->path);
            return networkAsOf(store, *snapshot, day, previous.get(), job.stop);
        },
        [this, generation](std::shared_ptr<const NetworkViewData> network) {
            if (generation != networkGeneration_) return;
            network_ = std::move(network);
            ++stressGeneration_;  // a test on the previous day's network no longer applies
            emit networkReady(network_);
            if (shownProfilePage_ && shownProfilePage_->day == network_->network.asOf)
                publishProfilePage(*shownProfilePage_);
        });
}

void WorkspaceController::requestStress(const QString& shockText, StressMethod method) {
    if (!network_) return;
    auto network = network_;
    std::vector<StressShock> shocks;
    try {
        shocks = parseShocks(shockText.toStdString(),
                             [&](std::string_view code) { return network->network.indexOfCode(code); });
    } catch (const std::exception& e) {
        return emit stressFailed(QString::fromStdString(e.what()));
    }
    const int generation = ++stressGeneration_;
    const QString title =
        tr("%1 (%2) as of %3")
            .arg(shockText, QString::fromUtf8(nameOf(method).data(), qsizetype(nameOf(method).size())),
                 QString::fromStdString(network->network.asOf.toString()));
    jobs_.start<std::shared_ptr<const ContagionResult>>(
        tr("Stress test: %1").arg(title),
        [network, shocks, method, workspace = snapshot_->path, shock = shockText.toStdString()](JobContext& job) {
            auto result = std::make_shared<const ContagionResult>(
                runStressTest(stressSystemOf(network->network), shocks, method, job.stop));
            char loss[64];
            std::snprintf(loss, sizeof loss, "%.2f", result->shockLoss + result->contagionLoss);
            AuditLog::recordIn(workspace, "stress_test", shock,
                               std::string(nameOf(method)) + " on " + network->network.asOf.toString() + ": loss " +
                                   loss + ", " + std::to_string(result->defaults) + " defaults");
            return result;
        },
        [this, generation, network, title](std::shared_ptr<const ContagionResult> result) {
            if (generation != stressGeneration_ || network != network_) return;
            emit stressReady(*result, network->names, title);
        });
}

void WorkspaceController::setClusters(const std::vector<ClusterMembership>& members,
                                      const std::vector<StoredCluster>& clusters) {
    clusterOf_.clear(), clusterNames_.clear();
    for (const ClusterMembership& m : members) clusterOf_[m.institution.value] = m;
    for (const StoredCluster& c : clusters) clusterNames_[c.cluster] = c.name;
    if (shownProfilePage_) publishProfilePage(*shownProfilePage_);
}

std::optional<ProfileStrategy> WorkspaceController::strategyOf(InstitutionId institution) const {
    const auto it = clusterOf_.find(institution.value);
    if (it == clusterOf_.end()) return std::nullopt;
    const ClusterMembership& own = it->second;
    ProfileStrategy s;
    s.cluster = own.cluster;
    if (const auto name = clusterNames_.find(own.cluster); name != clusterNames_.end())
        s.name = clusterDisplayName(name->second);
    s.distance = own.distance;
    std::vector<double> distances;  // of the cluster's members, to rank this one among them
    for (const auto& [id, m] : clusterOf_)
        if (m.cluster == own.cluster) distances.push_back(m.distance);
    s.clusterSize = int(distances.size());
    s.distancePercentile = midRankPercentileOf(distances, own.distance);
    for (InstitutionId peer : own.peers) s.peers.emplace_back(peer, labelOf(peer));
    s.movedOn = own.movedOn;
    return s;
}

QString WorkspaceController::labelOf(InstitutionId institution) const {
    const Institution* i = snapshot_ ? snapshot_->institution(institution) : nullptr;
    return i ? institutionLabel(*i) : QString();
}

}  // namespace eagle
