// Reconstruction from totals: the published maximum-entropy example of Anand, Craig & von Peter
// (2015), totals met exactly by minimum density, the fitness model's density and expected
// totals, and ensemble bands.

#include "Reconstruction.h"
#include "ReconstructionEnsemble.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace eagle;

namespace {

// Anand, Craig & von Peter (2015), "Filling in the blanks", Quantitative Finance 15(4), p. 628:
// seven banks a..g with interbank assets (row sums) and liabilities (column sums); the maximum
// entropy matrix to two decimals as published with NetworkRiskMeasures (Cinelli & Silva,
// README and tests/testthat/test_2_matrix_est.R), rows lend to columns.
const std::vector<double> kAssets{7, 5, 3, 1, 3, 0, 1};
const std::vector<double> kLiabilities{4, 5, 5, 0, 0, 2, 4};
const double kMaxEntropy[7][7] = {{0.00, 2.53, 2.18, 0, 0, 0.74, 1.55}, {1.72, 0.00, 1.60, 0, 0, 0.54, 1.14},
                                  {0.98, 1.06, 0.00, 0, 0, 0.31, 0.65}, {0.25, 0.27, 0.23, 0, 0, 0.08, 0.17},
                                  {0.75, 0.81, 0.70, 0, 0, 0.24, 0.50}, {0.00, 0.00, 0.00, 0, 0, 0.00, 0.00},
                                  {0.30, 0.32, 0.28, 0, 0, 0.09, 0.00}};

void checkTotals(const ExposureGraph& g, const std::vector<double>& a, const std::vector<double>& l, double tolerance) {
    const auto rows = g.assets(), cols = g.liabilities();
    for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY2(std::abs(rows[i] - a[i]) <= tolerance,
                 qPrintable(QString("row %1: %2 vs %3").arg(i).arg(rows[i]).arg(a[i])));
        QVERIFY2(std::abs(cols[i] - l[i]) <= tolerance,
                 qPrintable(QString("column %1: %2 vs %3").arg(i).arg(cols[i]).arg(l[i])));
    }
    for (const auto& e : g.edges) QVERIFY(e.creditor != e.debtor && e.amount > 0);
}

std::vector<double> randomTotals(std::mt19937& random, std::size_t n) {
    std::lognormal_distribution<double> size(0, 1.5);
    std::vector<double> x(n);
    for (auto& v : x) v = size(random);
    return x;
}

}  // namespace

class TestReconstruction : public QObject {
    Q_OBJECT
private slots:
    void maxEntropyMatchesThePublishedExample();
    void maxEntropyMeetsTotalsAtScale();
    void minimumDensityMeetsTotalsWithFewLinks();
    void fitnessModelHitsItsDensityAndTotalsOnAverage();
    void ensembleGivesOrderedBands();
    void rejectsBadTotals();
};

void TestReconstruction::maxEntropyMatchesThePublishedExample() {
    const ExposureGraph g = maxEntropy(kAssets, kLiabilities);
    double x[7][7] = {};
    for (const auto& e : g.edges) x[e.creditor][e.debtor] = e.amount;
    for (int i = 0; i < 7; ++i)
        for (int j = 0; j < 7; ++j)
            QVERIFY2(std::abs(x[i][j] - kMaxEntropy[i][j]) <= 0.005 + 1e-9,
                     qPrintable(QString("%1,%2: %3 vs %4").arg(i).arg(j).arg(x[i][j]).arg(kMaxEntropy[i][j])));
    checkTotals(g, kAssets, kLiabilities, 1e-8);
}

void TestReconstruction::maxEntropyMeetsTotalsAtScale() {
    std::mt19937 random(3);
    const auto a = randomTotals(random, 400);
    const auto l = balancedLiabilities(a, randomTotals(random, 400));
    const MaxEntropyFactors f = maxEntropyFactors(a, l);
    QVERIFY(f.largestGap < 1e-8);
    checkTotals(maxEntropy(a, l), a, l, 1e-7);
}

void TestReconstruction::minimumDensityMeetsTotalsWithFewLinks() {
    // Every seed gives a different network with exactly the same totals and at most 2n - 1
    // links (each link closes a lender or a borrower); the published example needs about 10
    // where the maximum-entropy matrix uses 26.
    std::set<std::size_t> sizes;
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        const ExposureGraph g = minimumDensity(kAssets, kLiabilities, seed);
        checkTotals(g, kAssets, kLiabilities, 1e-9);
        QVERIFY2(g.edges.size() <= 13, qPrintable(QString::number(g.edges.size())));
        sizes.insert(g.edges.size());
    }
    QCOMPARE(maxEntropy(kAssets, kLiabilities).edges.size(), std::size_t(26));  // 6 lenders x 5 borrowers - 4 self
    // Random systems, where the last lender is often left owing to itself and links must be
    // rerouted round it.
    std::mt19937 random(8);
    for (int k = 0; k < 40; ++k) {
        const std::size_t n = 3 + k % 20;
        const auto a = randomTotals(random, n);
        const auto l = balancedLiabilities(a, randomTotals(random, n));
        bool feasible = true;  // nobody may hold more claims than all others owe
        double total = 0;
        for (double v : l) total += v;
        for (std::size_t i = 0; i < n; ++i) feasible = feasible && a[i] <= total - l[i];
        if (!feasible) continue;
        const ExposureGraph g = minimumDensity(a, l, static_cast<std::uint64_t>(k));
        checkTotals(g, a, l, 1e-9 * total);
        QVERIFY(g.edges.size() <= 3 * n);
    }
}

void TestReconstruction::fitnessModelHitsItsDensityAndTotalsOnAverage() {
    std::mt19937 random(5);
    const std::size_t n = 60;
    const auto a = randomTotals(random, n);
    const auto l = balancedLiabilities(a, randomTotals(random, n));
    double total = 0, diagonal = 0;
    for (std::size_t i = 0; i < n; ++i) total += a[i], diagonal += a[i] * l[i];
    const double z = fitnessParameter(a, l, 0.2);
    double links = 0, weight = 0;
    const int samples = 300;
    for (int s = 0; s < samples; ++s) {
        const ExposureGraph g = fitnessSample(a, l, z, static_cast<std::uint64_t>(s));
        links += static_cast<double>(g.edges.size()) / samples;
        weight += g.total() / samples;
    }
    // Expected links 0.2 n (n-1) = 708; the expected total is W - sum a_i l_i / W (no
    // self-loops). Standard errors over 300 samples are well inside 2% and 3%.
    QVERIFY2(std::abs(links / (0.2 * n * (n - 1)) - 1) < 0.02, qPrintable(QString::number(links)));
    QVERIFY2(std::abs(weight / (total - diagonal / total) - 1) < 0.03, qPrintable(QString::number(weight)));
}

void TestReconstruction::ensembleGivesOrderedBands() {
    const std::vector<double> equity{2, 1.5, 1, 0.5, 1, 1, 0.5};
    EnsembleOptions o;
    o.samples = 40;
    const EnsembleBands b = reconstructionEnsemble(kAssets, kLiabilities, equity, o);
    QCOMPARE(b.samples, 40);
    QCOMPARE(b.pageRank.size(), std::size_t(7));
    bool spread = false;
    for (std::size_t i = 0; i < 7; ++i) {
        const Band& p = b.pageRank[i];
        QVERIFY(p.p5 <= p.p50 && p.p50 <= p.p95 && p.p5 > 0);
        const Band& d = b.failureDebtRank[i];
        QVERIFY(d.p5 <= d.p50 && d.p50 <= d.p95);
        QCOMPARE(bool(b.debtRankSimulated[i]), kLiabilities[i] > 0);
        spread = spread || d.p95 > d.p5 + 1e-6;
    }
    QVERIFY(spread);  // different networks, different answers: that is the point of the bands
    QVERIFY(b.links.p95 <= 13);
    o.method = EnsembleMethod::Fitness;
    o.linkDensity = 0.3;
    const EnsembleBands f = reconstructionEnsemble(kAssets, kLiabilities, equity, o);
    QVERIFY(f.links.p50 > 3 && f.links.p50 < 25);
}

void TestReconstruction::rejectsBadTotals() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             balancedLiabilities(std::vector<double>{1, -1}, std::vector<double>{1, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             balancedLiabilities(std::vector<double>{1}, std::vector<double>{1, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitnessParameter(kAssets, kLiabilities, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             maxEntropy(std::vector<double>(3001, 1.0), std::vector<double>(3001, 1.0)));
}

QTEST_GUILESS_MAIN(TestReconstruction)
#include "tst_reconstruction.moc"
