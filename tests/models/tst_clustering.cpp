// Clustering's mathematics: PCA against an SVD worked out by hand, k-means on well-separated
// blobs, silhouette and adjusted Rand index against hand-computed values.

#include "KMeans.h"
#include "Pca.h"
#include "Random.h"

#include <QTest>

#include <cmath>

using namespace eagle;

class TestClustering : public QObject {
    Q_OBJECT
private slots:
    void pcaEqualsHandWorkedSvd();
    void kMeansRecoversSeparatedBlobs();
    void silhouetteByHand();
    void adjustedRandIndexByHand();

private:
    // Three blobs of 30 points (sd 0.5) at (0,0), (10,0) and (0,10); truth holds the blob of each.
    static Eigen::MatrixXd blobs(std::vector<int>& truth) {
        Random random(4);
        const double centres[3][2] = {{0, 0}, {10, 0}, {0, 10}};
        Eigen::MatrixXd x(90, 2);
        truth.clear();
        for (int i = 0; i < 90; ++i) {
            const int blob = i % 3;
            truth.push_back(blob);
            x(i, 0) = centres[blob][0] + random.normal(0, 0.5);
            x(i, 1) = centres[blob][1] + random.normal(0, 0.5);
        }
        return x;
    }
};

// Rows (4,2), (-4,-2), (1,-2), (-1,2) shifted by (10,-5). Centred, X'X = [[34,12],[12,16]] with
// eigenvalues 40 and 10 and eigenvectors (2,1)/sqrt5 and (-1,2)/sqrt5 (sign: largest loading
// positive). Variances 40/3 and 10/3; scores of the first row 2 sqrt5 and 0, of the third 0 and
// -sqrt5.
void TestClustering::pcaEqualsHandWorkedSvd() {
    Eigen::MatrixXd x(4, 2);
    x << 4, 2, -4, -2, 1, -2, -1, 2;
    x.col(0).array() += 10;
    x.col(1).array() -= 5;
    const Pca p = Pca::fit(x, 2);
    const double r5 = std::sqrt(5.0);
    QVERIFY(std::abs(p.mean[0] - 10) < 1e-12 && std::abs(p.mean[1] + 5) < 1e-12);
    QVERIFY(std::abs(p.loadings(0, 0) - 2 / r5) < 1e-12 && std::abs(p.loadings(1, 0) - 1 / r5) < 1e-12);
    QVERIFY(std::abs(p.loadings(0, 1) + 1 / r5) < 1e-12 && std::abs(p.loadings(1, 1) - 2 / r5) < 1e-12);
    QVERIFY(std::abs(p.variance[0] - 40.0 / 3) < 1e-12 && std::abs(p.variance[1] - 10.0 / 3) < 1e-12);
    QVERIFY(std::abs(p.varianceShare[0] - 0.8) < 1e-12);
    const Eigen::MatrixXd s = p.transform(x);
    QVERIFY(std::abs(s(0, 0) - 2 * r5) < 1e-12 && std::abs(s(0, 1)) < 1e-12);
    QVERIFY(std::abs(s(2, 0)) < 1e-12 && std::abs(s(2, 1) + r5) < 1e-12);
    QCOMPARE(Pca::componentsFor(x, 0.75), Eigen::Index(1));
    QCOMPARE(Pca::componentsFor(x, 0.9), Eigen::Index(2));
}

void TestClustering::kMeansRecoversSeparatedBlobs() {
    std::vector<int> truth;
    const Eigen::MatrixXd x = blobs(truth);
    const KMeansResult r = kMeans(x, 3, 7);
    QCOMPARE(adjustedRandIndex(r.labels, truth), 1.0);
    QCOMPARE(r.labels, kMeans(x, 3, 7).labels);  // deterministic for a seed
    // k chosen by silhouette: 3 beats every other k
    int bestK = 0;
    double best = -1;
    for (int k = 2; k <= 6; ++k) {
        const double s = silhouette(x, kMeans(x, k, 7).labels);
        if (s > best) best = s, bestK = k;
    }
    QCOMPARE(bestK, 3);
    QVERIFY(best > 0.85);
    QCOMPARE(nearestCentroid(x, r.centroids), r.labels);
}

// Points 0, 1, 10, 11 in two clusters: a = 1 for each; b = 10.5, 9.5, 9.5, 10.5.
void TestClustering::silhouetteByHand() {
    Eigen::MatrixXd x(4, 1);
    x << 0, 1, 10, 11;
    const double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
    QVERIFY(std::abs(silhouette(x, {0, 0, 1, 1}) - expected) < 1e-12);
}

// Contingency [[2,1,0],[0,1,2]]: sum C(n_ij,2) = 2, rows 3+3, columns 1+1+1, C(6,2) = 15;
// expected 6*3/15 = 1.2, maximum 4.5: ARI = 0.8 / 3.3.
void TestClustering::adjustedRandIndexByHand() {
    QVERIFY(std::abs(adjustedRandIndex({0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 2, 2}) - 0.8 / 3.3) < 1e-12);
    QCOMPARE(adjustedRandIndex({0, 0, 1, 1}, {5, 5, 3, 3}), 1.0);
}

QTEST_GUILESS_MAIN(TestClustering)
#include "tst_clustering.moc"
