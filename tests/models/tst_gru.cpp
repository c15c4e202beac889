// The early-warning GRU: analytic gradients (backpropagation through time, with and without dropout)
// against central finite differences in double precision, the input gradient used for explanations,
// and a small problem it must learn.

#include "AdamOptimizer.h"
#include "GruNetwork.h"
#include "Random.h"

#include <QTest>

#include <cmath>

using namespace eagle;
using Net = GruNetwork<double>;

class TestGru : public QObject {
    Q_OBJECT
private slots:
    void gradientsEqualFiniteDifferences_data();
    void gradientsEqualFiniteDifferences();
    void inputGradientEqualsFiniteDifferences();
    void sameSeedSameNetwork();
    void learnsARisingSignal();

private:
    static Net::Matrix randomInput(int features, int steps, int batch, std::uint64_t seed) {
        Random random(seed);
        Net::Matrix x(features, steps * batch);
        for (Eigen::Index k = 0; k < x.size(); ++k) x.data()[k] = random.normal();
        return x;
    }
};

void TestGru::gradientsEqualFiniteDifferences_data() {
    QTest::addColumn<int>("layers");
    QTest::addColumn<double>("dropout");
    QTest::newRow("2 layers") << 2 << 0.0;
    QTest::newRow("3 layers") << 3 << 0.0;
    QTest::newRow("2 layers, dropout 0.3") << 2 << 0.3;
}

void TestGru::gradientsEqualFiniteDifferences() {
    QFETCH(int, layers);
    QFETCH(double, dropout);
    const int batch = 3, steps = 6;
    Net net({4, 5, layers});
    net.initialise(11);
    // Larger weights than the initialisation, so that every gate works away from its linear region.
    net.parameters() *= 2.0;
    const Net::Matrix x = randomInput(4, steps, batch, 5);
    Net::Vector labels(batch), weights(batch);
    labels << 1, 0, 1;
    weights << 1, 0.5, 2;

    // The same dropout masks on every evaluation: a fresh random source with the same seed.
    const auto loss = [&](Net::Vector* gradient) {
        Random masks(99);
        Net::Vector g;
        const double l = net.lossAndGradient(x, batch, labels, weights, g, dropout > 0 ? &masks : nullptr, dropout);
        if (gradient) *gradient = g;
        return l;
    };
    Net::Vector analytic;
    loss(&analytic);
    // Five-point central differences: truncation error O(h^4), so that h can stay large enough for
    // rounding not to swamp the small gradients.
    const double h = 1e-4;
    const auto at = [&](Eigen::Index k, double value) {
        const double saved = net.parameters()[k];
        net.parameters()[k] = value;
        const double l = loss(nullptr);
        net.parameters()[k] = saved;
        return l;
    };
    double worst = 0;
    for (Eigen::Index k = 0; k < net.parameterCount(); ++k) {
        const double p = net.parameters()[k];
        const double numeric = (-at(k, p + 2 * h) + 8 * at(k, p + h) - 8 * at(k, p - h) + at(k, p - 2 * h)) / (12 * h);
        const double scale = std::max(std::abs(numeric), std::abs(analytic[k]));
        // Parameters with no effect (a dropped unit) must have a zero gradient both ways.
        if (scale < 1e-9) continue;
        worst = std::max(worst, std::abs(numeric - analytic[k]) / scale);
    }
    qInfo() << "largest relative error over" << net.parameterCount() << "parameters:" << worst;
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    // The inference path (no caches) gives the training path's logits: the loss without dropout.
    if (dropout == 0) {
        const Net::Vector s = net.logits(x, batch);
        double expected = 0;
        for (int b = 0; b < batch; ++b)
            expected += weights[b] * (std::log1p(std::exp(-std::abs(s[b]))) + std::max(s[b], 0.0) - labels[b] * s[b]);
        QVERIFY(std::abs(expected / batch - loss(nullptr)) < 1e-12);
    }
}

void TestGru::inputGradientEqualsFiniteDifferences() {
    Net net({3, 4, 2});
    net.initialise(3);
    Net::Matrix x = randomInput(3, 7, 1, 8);
    const Net::Matrix analytic = net.inputGradient(x);
    QCOMPARE(analytic.rows(), Eigen::Index(3));
    QCOMPARE(analytic.cols(), Eigen::Index(7));
    const double h = 1e-6;
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        const double saved = x.data()[k];
        x.data()[k] = saved + h;
        const double up = net.logits(x, 1)[0];
        x.data()[k] = saved - h;
        const double down = net.logits(x, 1)[0];
        x.data()[k] = saved;
        const double numeric = (up - down) / (2 * h);
        QVERIFY2(std::abs(numeric - analytic.data()[k]) <= 1e-5 * std::max(1e-3, std::abs(numeric)),
                 qPrintable(QString("input %1: %2 vs %3").arg(k).arg(numeric).arg(analytic.data()[k])));
    }
}

void TestGru::sameSeedSameNetwork() {
    GruNetwork<float> a({6, 8, 2}), b({6, 8, 2}), c({6, 8, 2});
    a.initialise(42);
    b.initialise(42);
    c.initialise(43);
    QVERIFY(a.parameters() == b.parameters());
    QVERIFY(a.parameters() != c.parameters());
    // 6 inputs, 8 hidden: layer 1 3*8*6 + 3*8*8 + 3*8, layer 2 3*8*8 + 3*8*8 + 3*8, head 8 + 1
    QCOMPARE(a.parameterCount(), Eigen::Index(144 + 192 + 24 + 192 + 192 + 24 + 9));
}

// Sequences whose first feature drifts upward are positive, flat ones negative, under noise: a
// pattern that only shows over time. 300 Adam steps must separate them.
void TestGru::learnsARisingSignal() {
    using F = GruNetwork<float>;
    const int batch = 32, steps = 12, features = 2;
    F net({features, 8, 2});
    net.initialise(1);
    AdamOptimizer<float> adam(net.parameterCount(), 0.01);
    Random random(2);
    const auto makeBatch = [&](F::Matrix& x, F::Vector& y) {
        x.resize(features, steps * batch);
        y.resize(batch);
        for (int b = 0; b < batch; ++b) {
            y[b] = static_cast<float>(b % 2);
            for (int t = 0; t < steps; ++t) {
                x(0, t * batch + b) = static_cast<float>(0.15 * t * y[b] + random.normal(0, 0.3));
                x(1, t * batch + b) = static_cast<float>(random.normal());
            }
        }
    };
    F::Matrix x;
    F::Vector y, g;
    const F::Vector weights = F::Vector::Ones(batch);
    for (int step = 0; step < 300; ++step) {
        makeBatch(x, y);
        net.lossAndGradient(x, batch, y, weights, g, &random, 0.1f);
        adam.step(net.parameters(), g);
    }
    makeBatch(x, y);
    const F::Vector s = net.logits(x, batch);
    int correct = 0;
    for (int b = 0; b < batch; ++b) correct += (s[b] > 0) == (y[b] > 0.5f);
    QVERIFY2(correct >= 30, qPrintable(QString("%1 of %2").arg(correct).arg(batch)));
}

QTEST_GUILESS_MAIN(TestGru)
#include "tst_gru.moc"
