// Learning on a small simulated market with planted scenarios: strategy clusters agree with the
// simulator's strategy labels, the early-warning GRU learns (test ROC AUC well above chance),
// training is deterministic for a seed whatever the thread count, a stored model scores exactly
// as the trained one, and explanations come from inside the window.

#include "FeatureTensor.h"
#include "LearningStore.h"
#include "MarketSimulator.h"
#include "ProfilePipeline.h"
#include "ScenarioCatalog.h"
#include "StrategyClustering.h"
#include "TestSupport.h"
#include "WarningEvaluation.h"
#include "WarningRun.h"
#include "WorkspaceFile.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>

using namespace eagle;

class TestLearningMarket : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clustersAgreeWithSimulatedStrategies();
    void gruLearnsToWarn();
    void trainingIsDeterministicForASeed();
    void storedModelScoresLikeTheTrainedOne();

private:
    static WarningTask task() {
        WarningTask t;
        t.window = 20;
        t.horizon = 15;
        return t;
    }
    static WarningHyperParameters hyper(int threads = 2) {
        WarningHyperParameters h;
        h.hidden = 12;
        h.epochs = 5;
        h.samplesPerEpoch = 2048;
        h.batch = 32;
        h.threads = threads;
        h.seed = 5;
        return h;
    }
    test::TestWorkspace dir_;
    std::optional<Store> store_;
    FeatureTensor raw_;
};

void TestLearningMarket::initTestCase() {
    const std::string path = dir_.path("market.eagle");
    SimulatorConfig config{150, 200, 31};
    config.scenarios = parseScenarioList(
        "liquidity_squeeze:count=10:duration=25,leverage_cycle:count=8:buildup=30:unwind=8,default_cascade:count=2");
    QElapsedTimer timer;
    timer.start();
    createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); });
    store_.emplace(Store::open(path));
    const ProfileRunResult run = computeProfiles(*store_);
    const qint64 simulated = timer.restart();
    raw_ = FeatureTensor::load(*store_, run.run);
    qInfo() << "simulated and profiled in" << simulated << "ms, features read in" << timer.elapsed() << "ms";
    QCOMPARE(raw_.rows(), std::size_t(150));
    QCOMPARE(raw_.dayCount(), std::size_t(200));
}

void TestLearningMarket::clustersAgreeWithSimulatedStrategies() {
    const StrategyClusters c = clusterStrategies(raw_.windowMeans(0, raw_.dayCount() - 1), raw_.features());
    std::map<std::string, int> index;
    std::vector<int> truth;
    for (const Institution& i : store_->institutions())
        truth.push_back(index.emplace(i.strategy, static_cast<int>(index.size())).first->second);
    const double ari = adjustedRandIndex(c.labels, truth);
    qInfo() << c.clusters.size() << "clusters, silhouette" << c.silhouette << ", adjusted Rand index" << ari;
    QVERIFY2(ari > 0.6, qPrintable(QString::number(ari)));
    // The same seed gives the same clusters; each institution's peers exclude itself.
    QCOMPARE(clusterStrategies(raw_.windowMeans(0, raw_.dayCount() - 1), raw_.features()).labels, c.labels);
    for (std::size_t r = 0; r < c.peers.size(); ++r)
        QVERIFY(std::find(c.peers[r].begin(), c.peers[r].end(), r) == c.peers[r].end());
    // The whole period's means assigned back land in the clusters fitted on them.
    QCOMPARE(c.assign(raw_.windowMeans(0, raw_.dayCount() - 1)), c.labels);
}

void TestLearningMarket::gruLearnsToWarn() {
    QElapsedTimer timer;
    timer.start();
    FeatureTensor tensor = raw_;
    const WarningEvaluation r = evaluateWarnings(tensor, store_->riskEvents(), task(), {}, hyper());
    QVERIFY(r.testPositives > 0);
    for (const auto& m : r.models)
        qInfo() << m.model.c_str() << "ROC AUC" << m.rocAuc << "PR AUC" << m.prAuc << "lead" << m.lead.median
                << m.lead.warned << "/" << m.lead.events;
    qInfo() << "trained and evaluated in" << timer.elapsed() << "ms";
    QCOMPARE(r.models.front().model, std::string("GRU"));
    QVERIFY2(r.models.front().rocAuc > 0.8, qPrintable(QString::number(r.models.front().rocAuc)));
}

void TestLearningMarket::trainingIsDeterministicForASeed() {
    FeatureTensor tensor = raw_;
    const WarningDataset data(tensor, store_->riskEvents(), task(), {});
    const FeatureScaling scaling = fitWarningScaling(tensor, data);
    scaleInPlace(tensor, scaling);
    WarningHyperParameters h = hyper(2);
    h.epochs = 2;
    const TrainingResult a = trainWarningModel(tensor, data, scaling, h);
    const TrainingResult b = trainWarningModel(tensor, data, scaling, h);
    h.threads = 1;
    const TrainingResult c = trainWarningModel(tensor, data, scaling, h);
    QVERIFY(a.model.network().parameters() == b.model.network().parameters());
    QVERIFY(a.model.network().parameters() == c.model.network().parameters());
    h.seed = 6;
    QVERIFY(trainWarningModel(tensor, data, scaling, h).model.network().parameters() != a.model.network().parameters());
}

void TestLearningMarket::storedModelScoresLikeTheTrainedOne() {
    FeatureTensor tensor = raw_;
    const WarningDataset data(tensor, store_->riskEvents(), task(), {});
    const FeatureScaling scaling = fitWarningScaling(tensor, data);
    scaleInPlace(tensor, scaling);
    WarningHyperParameters h = hyper();
    h.epochs = 1;
    const TrainingResult trained = trainWarningModel(tensor, data, scaling, h);
    const WarningRunResult stored = storeWarningRun(*store_, trained.model, tensor, "roc_auc=0.5");
    QCOMPARE(stored.scores, tensor.rows() * (tensor.dayCount() - task().window + 1));

    LearningStore learning(*store_);
    const auto back = learning.latestModel(kGruWarningModelKind);
    QVERIFY(back);
    QCOMPARE(back->metrics, std::string("roc_auc=0.5"));
    const WarningModel model = fromStoredModel(*back);
    QCOMPARE(model.task().window, task().window);
    QCOMPARE(model.task().eventKinds, task().eventKinds);
    QCOMPARE(model.scaling().spread(), scaling.spread());
    QVERIFY(model.network().parameters() == trained.model.network().parameters());
    const auto warnings = learning.warnings(stored.run);
    QCOMPARE(warnings.size(), stored.scores);
    const WarningSample last{static_cast<std::uint32_t>(tensor.rows() - 1),
                             static_cast<std::uint32_t>(tensor.dayCount() - 1)};
    QCOMPARE(warnings.back().score, model.score(tensor, {last}).front());

    // Explanations: the largest contributions first, all from the window's days.
    const auto why = model.explain(tensor, last, 5);
    QCOMPARE(why.size(), std::size_t(5));
    for (std::size_t k = 0; k < why.size(); ++k) {
        QVERIFY(why[k].day + task().window > last.day && why[k].day <= last.day);
        if (k) QVERIFY(std::abs(why[k].value) <= std::abs(why[k - 1].value));
    }
}

QTEST_GUILESS_MAIN(TestLearningMarket)
#include "tst_learning_market.moc"
