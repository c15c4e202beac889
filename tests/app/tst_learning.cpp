// The learning part of the workstation on a small simulated market, offscreen: the background job
// that clusters and trains (live epochs, stored results, cancel leaves the workspace unchanged),
// and the views of its results checked against independent computations: the PCA scatter against
// an SVD done here, cluster colours against the stored membership, the loss curves against the
// stored history, the evaluation table against metrics recomputed from the stored scores, the
// radar's cluster median against a median taken here, and the scores in the series and matrix.

#include "ClusterNames.h"
#include "ClusterRun.h"
#include "ClusterScatterView.h"
#include "ClusterSummaryView.h"
#include "EvaluationTableView.h"
#include "FeatureTensor.h"
#include "HeatmapView.h"
#include "JobRunner.h"
#include "LearningController.h"
#include "LearningJob.h"
#include "LearningOptionsDialog.h"
#include "LearningStore.h"
#include "LearningView.h"
#include "MarketSimulator.h"
#include "ProfilePageData.h"
#include "ProfilePageView.h"
#include "ProfilePipeline.h"
#include "RadarView.h"
#include "RiskScores.h"
#include "ScenarioCatalog.h"
#include "SelectionModel.h"
#include "StrategyClustering.h"
#include "TestSupport.h"
#include "TimeSeriesView.h"
#include "TrainingCurveView.h"
#include "TranslationScope.h"
#include "WarningLookup.h"
#include "WarningRun.h"
#include "WarningRunSummary.h"
#include "WorkspaceController.h"
#include "WorkspaceFile.h"
#include "WorkspaceLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace eagle;

namespace {

// Small enough to train in seconds; the task is the one the models' own tests use.
LearningOptions smallOptions() {
    LearningOptions o;
    o.task.window = 20;
    o.task.horizon = 15;
    o.hyper.hidden = 8;
    o.hyper.epochs = 3;
    o.hyper.patience = 3;
    o.hyper.samplesPerEpoch = 768;
    o.hyper.batch = 32;
    o.hyper.seed = 11;
    o.split.seed = 11;
    o.evaluation.topK = 50;
    o.moveWindow = 40;
    return o;
}

std::int64_t count(Store& store, const char* table) {
    auto& s = store.database().cached(std::string("SELECT count(*) FROM ") + table);
    s.step();
    const std::int64_t n = s.int64(0);
    s.reset();
    return n;
}

std::vector<std::int64_t> learningRows(Store& store) {
    return {count(store, "run"), count(store, "model"), count(store, "warning"), count(store, "cluster"),
            count(store, "cluster_member")};
}

double medianOfValues(std::vector<double> v) {
    std::erase_if(v, [](double x) { return !std::isfinite(x); });
    if (v.empty()) return NAN;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// ROC AUC as the share of (positive, negative) pairs ranked right, ties one half.
double pairwiseAuc(const std::vector<double>& scores, const std::vector<int>& labels) {
    double right = 0, pairs = 0;
    for (std::size_t i = 0; i < scores.size(); ++i)
        for (std::size_t j = 0; j < scores.size(); ++j)
            if (labels[i] == 1 && labels[j] == 0) {
                pairs += 1;
                right += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
    return pairs ? right / pairs : NAN;
}

// Average precision: at each distinct score, highest first, precision times the recall it adds.
double averagePrecision(const std::vector<double>& scores, const std::vector<int>& labels) {
    std::vector<std::size_t> order(scores.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    double positives = 0;
    for (int l : labels) positives += l;
    double ap = 0, seen = 0, hits = 0;
    for (std::size_t k = 0; k < order.size();) {
        std::size_t end = k;
        double newHits = 0;
        while (end < order.size() && scores[order[end]] == scores[order[k]]) newHits += labels[order[end++]];
        seen += double(end - k);
        hits += newHits;
        ap += (hits / seen) * (newHits / positives);
        k = end;
    }
    return positives ? ap : NAN;
}

}  // namespace

class TestLearning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelLeavesTheWorkspaceUnchanged_data();
    void cancelLeavesTheWorkspaceUnchanged();
    void jobStoresClustersAndWarningsWithLiveEpochs();
    void scatterPointsArePrincipalComponents();
    void clusterColoursFollowMembership();
    void clickOnTheScatterSelects();
    void lossCurveEqualsStoredHistory();
    void evaluationTableEqualsMetricsOfStoredScores();
    void radarComparesWithTheClusterMedian();
    void profileShowsTheClusterAndNearestPeers();
    void seriesAndMatrixShowTheScores();
    void clusterNamesReadInTheUsersLanguage();
    void optionsChooseThePeriodAndTheModel();  // last: it stores another cluster run
    void cleanupTestCase();

private:
    void openWorkspace();
    test::TestWorkspace dir_;
    std::string path_;
    JobRunner jobs_;
    SelectionModel selection_;
    std::unique_ptr<WorkspaceController> workspace_;
    std::unique_ptr<LearningController> learning_;
    std::unique_ptr<LearningView> view_;
    std::vector<TrainingEpoch> liveEpochs_;
};

void TestLearning::initTestCase() {
    path_ = dir_.path("market.eagle");
    SimulatorConfig config{90, 150, 17};
    config.scenarios = parseScenarioList(
        "liquidity_squeeze:count=8:duration=25,leverage_cycle:count=6:buildup=30:unwind=8,default_cascade:count=1");
    createWorkspace(path_, [&](Store& s) { MarketSimulator(config).run(s); });
    Store store = Store::open(path_);
    computeProfiles(store);
    workspace_ = std::make_unique<WorkspaceController>(jobs_);
    learning_ = std::make_unique<LearningController>(jobs_, *workspace_);
    view_ = std::make_unique<LearningView>();
    view_->setSelectionModel(&selection_);
    view_->resize(900, 700);
    view_->show();
    connect(learning_.get(), &LearningController::clustersReady, view_.get(), &LearningView::setClusters);
    connect(learning_.get(), &LearningController::warningRunReady, view_.get(), &LearningView::setWarningRun);
    connect(learning_.get(), &LearningController::trainingStarted, view_.get(), &LearningView::trainingStarted);
    connect(learning_.get(), &LearningController::epochReported, view_.get(), &LearningView::appendEpoch);
    openWorkspace();
}

void TestLearning::openWorkspace() {
    QSignalSpy opened(workspace_.get(), &WorkspaceController::opened);
    workspace_->open(QString::fromStdString(path_));
    QVERIFY(opened.wait(120000));
}

void TestLearning::cancelLeavesTheWorkspaceUnchanged_data() {
    QTest::addColumn<QString>("cancelAt");
    QTest::newRow("while training") << "epoch";
    QTest::newRow("while scoring") << "scoring";
}

// Cancelled from the GUI (the job's Cancel button calls JobRunner::cancelAll) while training, and
// from the worker itself at the very start of scoring, the last step before anything is written:
// either way the workspace holds what it held before.
void TestLearning::cancelLeavesTheWorkspaceUnchanged() {
    QFETCH(QString, cancelAt);
    std::vector<std::int64_t> before;
    {
        Store store = Store::openReadOnly(path_);
        before = learningRows(store);
    }
    bool seen = false;
    if (cancelAt == QLatin1String("epoch")) {
        LearningOptions options = smallOptions();
        options.hyper.epochs = options.hyper.patience = 30;  // long enough to be cancelled midway
        const auto connection = connect(&jobs_, &JobRunner::progressChanged, this,
                                        [&](const QString& title, double, const QString& step) {
                                            if (title == LearningController::jobTitle() && step.contains(cancelAt))
                                                seen = true, jobs_.cancelAll();
                                        });
        QSignalSpy finished(learning_.get(), &LearningController::finished);
        learning_->start(options);
        QVERIFY(finished.wait(300000));
        disconnect(connection);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!learning_->isRunning());
        jobs_.waitForIdle();
    } else {
        std::stop_source stop;
        const ProgressCallback progress = [&](double, const std::string& step) {
            if (step == cancelAt.toStdString()) seen = true, stop.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, runLearning(path_, smallOptions(), {}, progress, stop.get_token()));
    }
    QVERIFY(seen);
    Store store = Store::openReadOnly(path_);
    QCOMPARE(learningRows(store), before);
    QVERIFY(!ResultStore(store).latestRun(kClusterRunKind));
    QVERIFY(!LearningStore(store).latestModel(kGruWarningModelKind));
}

void TestLearning::jobStoresClustersAndWarningsWithLiveEpochs() {
    QSignalSpy finished(learning_.get(), &LearningController::finished);
    QSignalSpy clusters(learning_.get(), &LearningController::clustersReady);
    QSignalSpy runs(learning_.get(), &LearningController::warningRunReady);
    const auto connection = connect(learning_.get(), &LearningController::epochReported, this,
                                    [this](const TrainingEpoch& e) { liveEpochs_.push_back(e); });
    learning_->start(smallOptions());
    QVERIFY(learning_->isRunning());
    QVERIFY(finished.wait(600000));
    disconnect(connection);
    QCOMPARE(finished.first().first().toBool(), true);
    // The reload after the job (earlier reloads, after the cancels, found nothing).
    QTRY_VERIFY_WITH_TIMEOUT(learning_->clusters().valid && learning_->warningRun().valid, 60000);
    QVERIFY(!clusters.isEmpty() && !runs.isEmpty());
    QVERIFY(!learning_->clusters().points.empty());
    QVERIFY(!liveEpochs_.empty());
    Store store = Store::openReadOnly(path_);
    QVERIFY(ResultStore(store).latestRun(kClusterRunKind));
    QVERIFY(ResultStore(store).latestRun(kWarningRunKind));
    // Every institution has a cluster and a score on each day with a full window behind it.
    QCOMPARE(count(store, "cluster_member"), std::int64_t(90));
    QCOMPARE(count(store, "warning"), std::int64_t(90 * (150 - smallOptions().task.window + 1)));
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        for (int tab = 0; tab < view_->tabs().count(); ++tab) {
            view_->tabs().setCurrentIndex(tab);
            QTest::qWait(200);
            view_->grab().save(QDir(dir).filePath(QStringLiteral("learning-%1.png").arg(tab)));
        }
        view_->tabs().setCurrentIndex(0);
    }
}

void TestLearning::scatterPointsArePrincipalComponents() {
    // Independently: each institution's mean profile, robust scaling (median, MAD x 1.4826 or the
    // mean absolute deviation, asinh), z-scores, the SVD of the centred matrix, the first two
    // right singular vectors with their largest loading positive.
    Store store = Store::openReadOnly(path_);
    const FeatureTensor tensor = FeatureTensor::load(store, ResultStore(store).latestRun(kProfileRunKind)->id);
    const auto means = tensor.windowMeans(0, tensor.dayCount() - 1);
    const std::vector<std::size_t> columns = strategyColumns(tensor.features());
    const auto n = Eigen::Index(means.size()), p = Eigen::Index(columns.size());
    Eigen::MatrixXd x(n, p);
    for (Eigen::Index c = 0; c < p; ++c) {
        std::vector<double> v;
        for (Eigen::Index r = 0; r < n; ++r) v.push_back(means[std::size_t(r)][columns[std::size_t(c)]]);
        const double centre = medianOfValues(v);
        std::vector<double> deviation;
        double meanDeviation = 0, finite = 0;
        for (double value : v)
            if (std::isfinite(value)) deviation.push_back(std::abs(value - centre)), meanDeviation += deviation.back(), ++finite;
        meanDeviation /= std::max(finite, 1.0);
        const double mad = 1.4826 * medianOfValues(deviation);
        const double spread = mad > 1e-12 * std::max(1.0, std::abs(centre)) ? mad : meanDeviation > 0 ? meanDeviation : 1;
        for (Eigen::Index r = 0; r < n; ++r) {
            const double value = v[std::size_t(r)];
            x(r, c) = std::isfinite(value) ? std::asinh((value - centre) / spread) : 0;
        }
        const double mean = x.col(c).mean();
        double sd = std::sqrt((x.col(c).array() - mean).square().sum() / double(n - 1));
        if (sd < 1e-12) sd = 1;
        x.col(c) = (x.col(c).array() - mean) / sd;
    }
    const Eigen::MatrixXd centred = x.rowwise() - x.colwise().mean();
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(centred, Eigen::ComputeThinV);
    Eigen::MatrixXd axes = svd.matrixV().leftCols(2);
    for (Eigen::Index k = 0; k < 2; ++k) {
        Eigen::Index largest = 0;
        axes.col(k).cwiseAbs().maxCoeff(&largest);
        if (axes(largest, k) < 0) axes.col(k) *= -1;
    }
    const Eigen::MatrixXd expected = centred * axes;

    std::map<std::int64_t, int> clusterOf;
    for (const ClusterPoint& point : learning_->clusters().points) clusterOf[point.institution.value] = point.cluster;
    const ClusterScatterView& scatter = view_->scatter();
    QCOMPARE(scatter.clusterCount(), int(learning_->clusters().clusters.size()));
    std::size_t compared = 0;
    for (const ClusterDescription& c : learning_->clusters().clusters) {
        QVector<QPointF> shown = scatter.plottedPoints(c.cluster), wanted;
        for (Eigen::Index r = 0; r < n; ++r)
            if (clusterOf.at(tensor.institutions()[std::size_t(r)].value) == c.cluster)
                wanted << QPointF(expected(r, 0), expected(r, 1));
        const auto byPosition = [](const QPointF& a, const QPointF& b) {
            return a.x() != b.x() ? a.x() < b.x() : a.y() < b.y();
        };
        std::sort(shown.begin(), shown.end(), byPosition);
        std::sort(wanted.begin(), wanted.end(), byPosition);
        QCOMPARE(shown.size(), wanted.size());
        for (qsizetype k = 0; k < shown.size(); ++k) {
            QVERIFY2(std::abs(shown[k].x() - wanted[k].x()) < 1e-8 && std::abs(shown[k].y() - wanted[k].y()) < 1e-8,
                     qPrintable(QStringLiteral("cluster %1: (%2, %3) shown, (%4, %5) computed")
                                    .arg(c.cluster)
                                    .arg(shown[k].x())
                                    .arg(shown[k].y())
                                    .arg(wanted[k].x())
                                    .arg(wanted[k].y())));
            ++compared;
        }
    }
    QCOMPARE(compared, std::size_t(n));
}

void TestLearning::clusterColoursFollowMembership() {
    Store store = Store::openReadOnly(path_);
    const auto run = ResultStore(store).latestRun(kClusterRunKind);
    QVERIFY(run);
    std::map<int, int> members;
    for (const ClusterMembership& m : LearningStore(store).clusterMembers(run->id)) ++members[m.cluster];
    const auto stored = LearningStore(store).clusters(run->id);
    QVERIFY(stored.size() >= 2);
    QCOMPARE(view_->summary().rowCount(), int(stored.size()));
    std::vector<QRgb> colours;
    for (const StoredCluster& c : stored) {
        QCOMPARE(int(view_->scatter().plottedPoints(c.cluster).size()), members[c.cluster]);
        QCOMPARE(c.size, members[c.cluster]);
        QCOMPARE(view_->scatter().plottedColour(c.cluster), ClusterScatterView::clusterColour(c.cluster));
        colours.push_back(view_->scatter().plottedColour(c.cluster).rgb());
        QVERIFY(view_->summary().cellText(c.cluster, 0).contains(QString::fromStdString(c.name)));
        QCOMPARE(view_->summary().cellText(c.cluster, 1), QString::number(c.size));
    }
    std::sort(colours.begin(), colours.end());
    QVERIFY(std::adjacent_find(colours.begin(), colours.end()) == colours.end());  // one colour per cluster
    QVERIFY(view_->summary().headline().contains(QString::number(learning_->clusters().silhouette, 'f', 2)));
}

void TestLearning::clickOnTheScatterSelects() {
    view_->tabs().setCurrentIndex(0);
    QTest::qWait(50);
    // The institution farthest from the origin: its point is not hidden under others.
    const auto& points = learning_->clusters().points;
    QVERIFY(!points.empty());
    const auto far = std::max_element(points.begin(), points.end(), [](const ClusterPoint& a, const ClusterPoint& b) {
        return std::hypot(a.pc1, a.pc2) < std::hypot(b.pc1, b.pc2);
    });
    ClusterScatterView& scatter = view_->scatter();
    const QPoint at = scatter.plotWidget()->mapFrom(&scatter, scatter.pointPosition(far->institution));
    QTest::mouseClick(scatter.plotWidget(), Qt::LeftButton, {}, at);
    QCOMPARE(selection_.institution(), far->institution);
    QCOMPARE(scatter.ringed(), far->institution);
}

void TestLearning::lossCurveEqualsStoredHistory() {
    Store store = Store::openReadOnly(path_);
    const auto model = LearningStore(store).latestModel(kGruWarningModelKind);
    QVERIFY(model);
    const WarningRunSummary summary = WarningRunSummary::fromText(model->metrics);
    QVERIFY(!summary.epochs.empty());
    const TrainingCurveView& curves = view_->curves();
    const auto training = curves.trainingLoss(), validation = curves.validationLoss(), auc = curves.validationAuc();
    QCOMPARE(training.size(), qsizetype(summary.epochs.size()));
    QCOMPARE(liveEpochs_.size(), summary.epochs.size());  // what was shown live is what was stored
    for (std::size_t k = 0; k < summary.epochs.size(); ++k) {
        const EpochReport& e = summary.epochs[k];
        QCOMPARE(training[qsizetype(k)], QPointF(e.epoch, e.trainingLoss));
        QCOMPARE(validation[qsizetype(k)], QPointF(e.epoch, e.validationLoss));
        QCOMPARE(auc[qsizetype(k)].x(), double(e.epoch));
        QVERIFY(auc[qsizetype(k)].y() == e.validationAuc || (std::isnan(e.validationAuc) && std::isnan(auc[qsizetype(k)].y())));
        QCOMPARE(liveEpochs_[k].trainingLoss, e.trainingLoss);
        QCOMPARE(liveEpochs_[k].validationLoss, e.validationLoss);
        QVERIFY(e.trainingLoss > 0 && e.validationLoss > 0);
    }
}

void TestLearning::evaluationTableEqualsMetricsOfStoredScores() {
    Store store = Store::openReadOnly(path_);
    const auto model = LearningStore(store).latestModel(kGruWarningModelKind);
    QVERIFY(model);
    const WarningRunSummary summary = WarningRunSummary::fromText(model->metrics);
    const WarningModel parsed = fromStoredModel(*model);
    // The same split and labels, rebuilt from what the run stored.
    const FeatureTensor tensor = FeatureTensor::load(store, summary.profileRun);
    const WarningDataset data(tensor, store.riskEvents(), parsed.task(), summary.split);
    std::map<std::pair<std::int64_t, std::int32_t>, double> stored;
    for (const WarningScore& w : LearningStore(store).warnings(model->run))
        stored[{w.institution.value, w.day.daysSinceEpoch()}] = w.score;
    std::vector<double> scores;
    for (const WarningSample& s : data.test())
        scores.push_back(stored.at({tensor.institutions()[s.row].value, tensor.days()[s.day].daysSinceEpoch()}));
    const std::vector<int> labels = data.labels(data.test());
    QCOMPARE(scores.size(), summary.testSamples);
    QVERIFY(std::count(labels.begin(), labels.end(), 1) > 0);

    const EvaluationTableView& table = view_->evaluation();
    QCOMPARE(table.rowCount(), 3);  // the GRU and two baselines
    QCOMPARE(table.cellText(0, EvaluationTableView::Model), QStringLiteral("GRU"));
    QCOMPARE(table.cellValue(0, EvaluationTableView::RocAuc), pairwiseAuc(scores, labels));
    QVERIFY(std::abs(table.cellValue(0, EvaluationTableView::PrAuc) - averagePrecision(scores, labels)) < 1e-12);
    // Precision among the k highest scores.
    std::vector<std::size_t> order(scores.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    const std::size_t k = std::min<std::size_t>(summary.options.topK, scores.size());
    double hits = 0;
    for (std::size_t i = 0; i < k; ++i) hits += labels[order[i]];
    QCOMPARE(table.cellValue(0, EvaluationTableView::PrecisionAtK), hits / double(k));
    // Lead times at the common alarm budget, from the stored scores.
    Eigen::MatrixXd grid = Eigen::MatrixXd::Constant(Eigen::Index(tensor.rows()), Eigen::Index(tensor.dayCount()), NAN);
    for (std::size_t i = 0; i < scores.size(); ++i) grid(data.test()[i].row, data.test()[i].day) = scores[i];
    const LeadTimeSummary lead = leadTimes(grid, thresholdForAlarmRate(scores, summary.options.alarmRate),
                                           data.testOnsets(), summary.options.leadLookback);
    const double shownLead = table.cellValue(0, EvaluationTableView::MedianLead);
    QVERIFY(shownLead == lead.median || (std::isnan(shownLead) && std::isnan(lead.median)));
    QCOMPARE(table.cellText(0, EvaluationTableView::Warned), QStringLiteral("%1 of %2").arg(lead.warned).arg(lead.events));
    // The baselines' rows are the stored figures.
    for (int row = 1; row < 3; ++row)
        QCOMPARE(table.cellValue(row, EvaluationTableView::RocAuc), summary.models[std::size_t(row)].rocAuc);
}

void TestLearning::radarComparesWithTheClusterMedian() {
    const auto& points = learning_->clusters().points;
    QVERIFY(!points.empty());
    const ClusterPoint& who = points.front();
    const RadarProfile profile = workspace_->radarFor(who.institution);
    QVERIFY(!profile.clusterLabel.empty());
    QCOMPARE(profile.clusterMedianPct.size(), profile.axes.size());
    // The default axes are the risk scores (0-100, shown as they are), averaged over the recent
    // window: the cluster median is the median of the members' means.
    const WorkspaceSnapshot& s = workspace_->snapshot();
    std::vector<std::int64_t> ids;
    for (const std::string& axis : profile.axes) ids.push_back(s.feature(axis)->id);
    Store store = Store::openReadOnly(path_);
    const Date last = s.days.back();
    const auto means = ResultStore(store).featureMeans(s.profileRun, recentWindowStart(s.days, last), last, ids);
    for (std::size_t a = 0; a < profile.axes.size(); ++a) {
        std::vector<double> members;
        for (const ClusterPoint& p : points)
            if (p.cluster == who.cluster)
                if (const auto it = means.find(p.institution.value); it != means.end())
                    if (const auto v = it->second.find(ids[a]); v != it->second.end()) members.push_back(v->second);
        QVERIFY(!members.empty());
        QCOMPARE(profile.clusterMedianPct[a], medianOfValues(members));
    }
    // And the radar draws it: a third legend entry.
    RadarView radar;
    radar.resize(520, 520);
    radar.setProfile(profile);
    radar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&radar));
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty())
        radar.grab().save(QDir(dir).filePath(QStringLiteral("radar-cluster.png")));
}

// The profile page says where the institution stands among strategies: its stored cluster, its
// distance to the centroid ranked among the cluster's members (counted here), and its stored
// nearest peers, each a link that selects that peer.
void TestLearning::profileShowsTheClusterAndNearestPeers() {
    Store store = Store::openReadOnly(path_);
    const auto run = ResultStore(store).latestRun(kClusterRunKind);
    QVERIFY(run);
    const auto members = LearningStore(store).clusterMembers(run->id);
    QVERIFY(members.size() > 3);
    const ClusterMembership& who = members[members.size() / 2];
    QVERIFY(!who.peers.empty());
    QSignalSpy page(workspace_.get(), &WorkspaceController::profilePageReady);
    workspace_->requestProfilePage(who.institution, workspace_->snapshot().days.back());
    QVERIFY(page.wait(60000));
    const auto profile = page.last().first().value<ProfilePageData>();
    QVERIFY(profile.strategy);
    const ProfileStrategy& s = *profile.strategy;
    QCOMPARE(s.cluster, who.cluster);
    QCOMPARE(s.distance, who.distance);
    int size = 0, closer = 0, tied = 0;
    for (const ClusterMembership& m : members)
        if (m.cluster == who.cluster) ++size, closer += m.distance < who.distance, tied += m.distance == who.distance;
    QCOMPARE(s.clusterSize, size);
    QCOMPARE(s.distancePercentile, 100.0 * (closer + tied / 2.0) / size);
    QCOMPARE(s.peers.size(), who.peers.size());
    for (std::size_t k = 0; k < who.peers.size(); ++k) {
        QCOMPARE(s.peers[k].first, who.peers[k]);
        QVERIFY(s.peers[k].second.contains(QString::fromStdString(workspace_->snapshot().institution(who.peers[k])->code)));
    }
    QCOMPARE(s.movedOn.has_value(), who.movedOn.has_value());
    for (const auto& c : LearningStore(store).clusters(run->id))
        if (c.cluster == who.cluster) QCOMPARE(s.name, clusterDisplayName(c.name));

    ProfilePageView view;
    view.resize(700, 500);
    view.show();
    view.setData(profile);
    QVERIFY(view.strategyLabel()->isVisible());
    const QString text = view.strategyLabel()->text();
    QVERIFY2(text.contains(s.name.toHtmlEscaped()), qPrintable(text));
    QSignalSpy activated(&view, &ProfilePageView::institutionActivated);
    const QString link = QStringLiteral("institution:%1").arg(who.peers.front().value);
    QVERIFY2(text.contains(QStringLiteral("href=\"%1\"").arg(link)), qPrintable(text));
    emit view.strategyLabel()->linkActivated(link);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<InstitutionId>(), who.peers.front());
    view.clear();
    QVERIFY(!view.strategyLabel()->isVisible());
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.setData(profile);
        QTest::qWait(50);  // the layout makes room for the shown label
        view.grab().save(QDir(dir).filePath(QStringLiteral("profile-strategy.png")));
    }
}

void TestLearning::seriesAndMatrixShowTheScores() {
    QVERIFY(!learning_->clusters().points.empty());
    const InstitutionId who = learning_->clusters().points.front().institution;
    QSignalSpy series(workspace_.get(), &WorkspaceController::seriesReady);
    workspace_->requestSeries(who, QStringLiteral("overnight_share_20d"));
    QVERIFY(series.wait(60000));
    const auto data = series.last().first().value<TimeSeriesData>();
    Store store = Store::openReadOnly(path_);
    const auto model = LearningStore(store).latestModel(kGruWarningModelKind);
    const auto stored = LearningStore(store).warningsOf(model->run, who);
    QCOMPARE(data.warningScore.size(), stored.size());
    for (std::size_t k = 0; k < stored.size(); ++k) {
        QCOMPARE(data.warningScore[k].day, stored[k].day);
        QCOMPARE(data.warningScore[k].value, stored[k].score);
    }
    TimeSeriesView view;
    view.resize(900, 360);
    view.show();
    view.setSeries(data);
    QCOMPARE(view.warningPoints().size(), qsizetype(stored.size()));
    QCOMPARE(view.explanationTexts().size(), qsizetype(data.explanations.size()));

    QSignalSpy matrix(workspace_.get(), &WorkspaceController::riskMatrixReady);
    const Date last = workspace_->snapshot().days.back();
    workspace_->requestRiskMatrix(last);
    QVERIFY(matrix.wait(60000));
    const auto m = matrix.last().first().value<RiskMatrixData>();
    QCOMPARE(m.columnLabels.size(), qsizetype(riskTypes().size() + 1));
    const auto row = std::find(m.institutions.begin(), m.institutions.end(), who) - m.institutions.begin();
    QCOMPARE(m.scores[std::size_t(row)].back(), 100 * stored.back().score);

    // The profile page has the score as a row beside the risk scores, ranked among peers, with
    // its recent history; the heatmap offers it as a whole-market matrix.
    QSignalSpy page(workspace_.get(), &WorkspaceController::profilePageReady);
    workspace_->requestProfilePage(who, stored.back().day);
    QVERIFY(page.wait(60000));
    const auto profile = page.last().first().value<ProfilePageData>();
    const auto warningRow = std::find_if(profile.rows.begin(), profile.rows.end(), [](const ProfilePageRow& r) {
        return r.featureName == QLatin1String(kWarningScoreFeature);
    });
    QVERIFY(warningRow != profile.rows.end());
    QCOMPARE(warningRow->value, stored.back().score);
    QVERIFY(warningRow->peerPercentile >= 0 && warningRow->peerPercentile <= 100);
    QCOMPARE(warningRow->history.back(), stored.back().score);
    QVERIFY(warningRow - profile.rows.begin() < qsizetype(riskTypes().size()) + 1);  // among the scores, on top

    QSignalSpy heat(workspace_.get(), &WorkspaceController::heatmapReady);
    workspace_->requestHeatmap(QString::fromLatin1(kWarningScoreFeature));
    QVERIFY(heat.wait(60000));
    const auto h = heat.last().first().value<HeatmapData>();
    const auto hRow = std::size_t(std::find(h.matrix.institutions.begin(), h.matrix.institutions.end(), who) -
                                  h.matrix.institutions.begin());
    QVERIFY(hRow < h.matrix.institutions.size());
    QCOMPARE(h.matrix.institutions.size(), workspace_->snapshot().institutions.size());
    std::size_t scored = 0;
    for (std::size_t d = 0; d < h.matrix.days.size(); ++d) {
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const WarningScore& w) {
            return w.day == h.matrix.days[d];
        });
        if (it == stored.end()) {
            QVERIFY(std::isnan(h.matrix.at(hRow, d)));
        } else {
            QCOMPARE(h.matrix.at(hRow, d), it->score);
            ++scored;
        }
    }
    QCOMPARE(scored, stored.size());
}

// Clusters are stored under English phrases; the views show each phrase in the user's language.
void TestLearning::clusterNamesReadInTheUsersLanguage() {
    Store store = Store::openReadOnly(path_);
    const auto run = ResultStore(store).latestRun(kClusterRunKind);
    QVERIFY(run);
    const auto clusters = LearningStore(store).clusters(run->id);
    QVERIFY(!clusters.empty());
    {
        TranslationScope english(QLocale(QStringLiteral("en")));
        for (const StoredCluster& c : clusters) QCOMPARE(clusterDisplayName(c.name), QString::fromStdString(c.name));
    }
    TranslationScope chinese(QLocale(QStringLiteral("zh_CN")));
    const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    for (const StoredCluster& c : clusters) {
        const QString shown = clusterDisplayName(c.name);
        QVERIFY2(!shown.isEmpty() && !shown.contains(latin) && !shown.contains(QStringLiteral(", ")),
                 qPrintable(QString::fromStdString(c.name) + QStringLiteral(" -> ") + shown));
    }
    // Both phrases of a two-part name, in order, joined the Chinese way.
    QCOMPARE(clusterDisplayName("liquidity provider, overnight-funded"),
             clusterDisplayName("liquidity provider") + QStringLiteral("、") + clusterDisplayName("overnight-funded"));
}

// The options dialog before a run: what is set there is what the job does, and the period chosen
// is the one the stored cluster run covers.
void TestLearning::optionsChooseThePeriodAndTheModel() {
    const auto& days = workspace_->snapshot().days;
    QVERIFY(days.size() > 45);
    LearningOptionsDialog dialog(LearningController::defaultOptions(), days);
    const auto toQDate = [](Date d) { return QDate(d.year(), int(d.month()), int(d.day())); };
    dialog.findChild<QDateEdit*>("from")->setDate(toQDate(days[10]));
    dialog.findChild<QDateEdit*>("to")->setDate(toQDate(days[40]));
    dialog.findChild<QSpinBox*>("minClusters")->setValue(3);
    dialog.findChild<QSpinBox*>("maxClusters")->setValue(4);
    dialog.findChild<QSpinBox*>("seed")->setValue(7);
    dialog.findChild<QSpinBox*>("window")->setValue(30);
    dialog.findChild<QComboBox*>("events")->setCurrentIndex(1);
    // The ends of a range cannot cross.
    dialog.findChild<QSpinBox*>("maxClusters")->setValue(2);
    QCOMPARE(dialog.findChild<QSpinBox*>("maxClusters")->value(), 3);
    dialog.findChild<QSpinBox*>("maxClusters")->setValue(4);
    QVERIFY(dialog.findChild<QSpinBox*>("window")->isEnabled());
    dialog.findChild<QCheckBox*>("train")->setChecked(false);
    QVERIFY(!dialog.findChild<QSpinBox*>("window")->isEnabled());

    LearningOptions o = dialog.options();
    QCOMPARE(*o.from, days[10]);
    QCOMPARE(*o.to, days[40]);
    QCOMPARE(o.clustering.minClusters, 3);
    QCOMPARE(o.clustering.maxClusters, 4);
    QCOMPARE(o.clustering.seed, std::uint64_t(7));
    QCOMPARE(o.hyper.seed, std::uint64_t(7));
    QCOMPARE(o.task.window, 30);
    QVERIFY(o.task.eventKinds.empty());  // every kind
    QVERIFY(!o.train);

    // Run as chosen (clusters only, to keep the test short), on the dates given as calendar days
    // around the trading days: the stored run covers exactly the trading days between them.
    o.from = days[10].addDays(-1);
    const LearningOutcome out = runLearning(path_, o);
    QVERIFY(out.clusterRun.valid());
    QVERIFY(!out.warningRun.valid());
    QVERIFY(out.clusters >= 3 && out.clusters <= 4);
    Store store = Store::openReadOnly(path_);
    const auto run = ResultStore(store).latestRun(kClusterRunKind);
    const ClusterRunInfo info = ClusterRunInfo::fromText(run->params);
    const Date firstIncluded = days[9] == days[10].addDays(-1) ? days[9] : days[10];  // a weekend falls out
    QCOMPARE(info.from, firstIncluded.toString());
    QCOMPARE(info.to, days[40].toString());
    QCOMPARE(info.seed, std::uint64_t(7));
    // A period without a trading day is refused with the dates in the message.
    o.from = days.back().addDays(5);
    o.to = days.back().addDays(9);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, runLearning(path_, o));
}

void TestLearning::cleanupTestCase() {
    jobs_.cancelAll();
    jobs_.waitForIdle();
    // The trained workspace, for a screenshot of the whole workstation.
    if (const QString dir = qEnvironmentVariable("EAGLEEYE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(QStringLiteral("learning.eagle")));
        QFile::copy(QString::fromStdString(path_), QDir(dir).filePath(QStringLiteral("learning.eagle")));
    }
}

QTEST_MAIN(TestLearning)
#include "tst_learning.moc"
