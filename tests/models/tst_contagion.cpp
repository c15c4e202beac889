// DebtRank and Eisenberg-Noe clearing against published examples worked through by hand, and the
// clearing vector against a fixed-point iteration written here.

#include "ClearingVector.h"
#include "DebtRank.h"
#include "StressTest.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace eagle;

namespace {

bool near(double a, double b, double tolerance = 1e-12) { return std::abs(a - b) <= tolerance; }

// The three-bank toy system shipped with NEVA (Barucca, Bardoscia, Caccioli, D'Errico, Visentin,
// Battiston & Caldarelli, "Network valuation in financial systems", Math. Finance 2020;
// github.com/marcobardoscia/neva, data/balance_sheets.csv and data/exposures_list.csv): external
// assets A 10, B 5, C 3; external liabilities 9, 4, 2; a ring of loans A -> B -> C -> A of 0.5
// each (A lends to B, ...). Every bank's equity is 10 - 9 + 0.5 - 0.5 = 1.
ExposureGraph nevaRing() {
    return {
        3,
        {{0, 1, 0.5, NetworkLayer::Interbank}, {1, 2, 0.5, NetworkLayer::Repo}, {2, 0, 0.5, NetworkLayer::Interbank}}};
}
const std::vector<double> kNevaExternalAssets{10, 5, 3}, kNevaExternalLiabilities{9, 4, 2}, kNevaEquity{1, 1, 1};

}  // namespace

class TestContagion : public QObject {
    Q_OBJECT
private slots:
    void linearDebtRankReverberatesRoundARing();
    void singleHitDebtRankPassesDistressOnOnce();
    void singleHitFirstRoundIsThePublishedImpactMatrix();
    void debtRankAttributesLossesToLayers();
    void clearingWhenABankLosesItsExternalAssets();
    void clearingWithAPartialShortfall();
    void clearingRoundsOfACascadeAndAClosedRing();
    void clearingMatchesFixedPointIteration();
    void stressTestFromShocks();
};

void TestContagion::linearDebtRankReverberatesRoundARing() {
    // Bardoscia et al. 2015: distress keeps travelling round a cycle. Lambda = 0.5 / 1 on each
    // link; A starts at h = 0.2. C, which lent to A, gets 0.5 x 0.2, B (C's lender) half of
    // that, A half again, and so on: a geometric series with ratio 1/8, so every level ends at
    // its first-pass value x 8/7: A 0.2 x 8/7, C 0.1 x 8/7, B 0.05 x 8/7.
    const ContagionResult r = debtRank(nevaRing(), kNevaEquity, std::vector<double>{0.2, 0, 0});
    QVERIFY(r.converged);
    QVERIFY(near(r.institutions[0].finalDistress, 0.2 * 8 / 7, 1e-9));
    QVERIFY(near(r.institutions[2].finalDistress, 0.1 * 8 / 7, 1e-9));
    QVERIFY(near(r.institutions[1].finalDistress, 0.05 * 8 / 7, 1e-9));
    // Round by round: C first, then B, then A again.
    QCOMPARE(r.rounds[1].changes.size(), std::size_t(1));
    QCOMPARE(r.rounds[1].changes[0].institution, 2u);
    QVERIFY(near(r.rounds[1].changes[0].distress, 0.1));
    QCOMPARE(r.rounds[2].changes[0].institution, 1u);
    QCOMPARE(r.rounds[3].changes[0].institution, 0u);
    QVERIFY(near(r.rounds[3].changes[0].distress, 0.225));
    // DebtRank with equal weights: the distress added, averaged: (0.35 x 8/7 - 0.2) / 3.
    QVERIFY(near(r.debtRank, (0.35 * 8 / 7 - 0.2) / 3, 1e-9));
    QCOMPARE(r.defaults, 0);
}

void TestContagion::singleHitDebtRankPassesDistressOnOnce() {
    // Battiston et al. 2012: the same shock, but each bank passes its distress on only once. A
    // (0.2) hits C with 0.1, C hits B with 0.05, B hits A with 0.025, and A, already used, stops.
    DebtRankOptions o;
    o.variant = DebtRankVariant::SingleHit;
    const ContagionResult r = debtRank(nevaRing(), kNevaEquity, std::vector<double>{0.2, 0, 0}, o);
    QVERIFY(near(r.institutions[0].finalDistress, 0.225));
    QVERIFY(near(r.institutions[2].finalDistress, 0.1));
    QVERIFY(near(r.institutions[1].finalDistress, 0.05));
    QCOMPARE(r.rounds.size(), std::size_t(4));
    // A failing outright: C loses half its equity, B a quarter; A cannot exceed 1.
    const ContagionResult fail = debtRank(nevaRing(), kNevaEquity, std::vector<double>{1, 0, 0}, o);
    QVERIFY(near(fail.institutions[2].finalDistress, 0.5));
    QVERIFY(near(fail.institutions[1].finalDistress, 0.25));
    QCOMPARE(fail.institutions[0].finalDistress, 1.0);
    QCOMPARE(fail.institutions[0].defaultRound, 0);
    QCOMPARE(fail.defaults, 1);
}

void TestContagion::singleHitFirstRoundIsThePublishedImpactMatrix() {
    // NetworkRiskMeasures (Cinelli & Silva; tests/testthat/test_3_impacts.R): six banks A B C E F
    // D, liabilities L[i][j] (i owes j) and capital buffers; the impact of i's default on j is
    // min(1, L[i][j] / buffer[j]); expected row for A: B 1, F 1, D 0.5; for B: C 1, F 0.2.
    const double L[6][6] = {{0, 5, 0, 0, 10, 2}, {0, 0, 3, 0, 2, 0}, {0, 0, 0, 4, 0, 0},
                            {0, 0, 0, 0, 0, 0},  {0, 0, 2, 5, 5, 0}, {0, 2, 2, 0, 0, 0}};
    const std::vector<double> buffer{10, 2, 2, 1, 10, 4};
    const double expected[6][6] = {{0, 1, 0, 0, 1, 0.5}, {0, 0, 1, 0, 0.2, 0}, {0, 0, 0, 1, 0, 0},
                                   {0, 0, 0, 0, 0, 0},   {0, 0, 1, 1, 0.5, 0}, {0, 1, 1, 0, 0, 0}};
    ExposureGraph g{6, {}};
    for (std::uint32_t i = 0; i < 6; ++i)
        for (std::uint32_t j = 0; j < 6; ++j)
            if (L[i][j] > 0) g.edges.push_back({j, i, L[i][j]});  // j is exposed to i
    DebtRankOptions o;
    o.variant = DebtRankVariant::SingleHit;
    o.maxRounds = 1;
    for (std::size_t failed = 0; failed < 6; ++failed) {
        std::vector<double> h(6, 0.0);
        h[failed] = 1;
        const ContagionResult r = debtRank(g, buffer, h, o);
        for (std::size_t j = 0; j < 6; ++j) {
            if (j == failed) continue;  // the published matrix keeps F's self-exposure; we drop self-loops
            QVERIFY2(near(r.institutions[j].finalDistress, expected[failed][j]),
                     qPrintable(QString("%1 on %2").arg(failed).arg(j)));
        }
    }
}

void TestContagion::debtRankAttributesLossesToLayers() {
    // C's exposure to A is interbank lending; B's exposure to C is repo. A fails: C's loss (half
    // its equity, CNY 0.5) came through interbank lending, B's (0.25) through repo.
    const ContagionResult r = debtRank(nevaRing(), kNevaEquity, std::vector<double>{1, 0, 0});
    QVERIFY(near(r.institutions[2].lossByLayer[indexOf(NetworkLayer::Interbank)], 0.5));
    QVERIFY(near(r.institutions[1].lossByLayer[indexOf(NetworkLayer::Repo)], 0.25));
    QVERIFY(near(r.institutions[1].lossByLayer[indexOf(NetworkLayer::Interbank)], 0));
    QVERIFY(near(r.contagionLoss, 0.75));
    QVERIFY(near(r.shockLoss, 1));
}

void TestContagion::clearingWhenABankLosesItsExternalAssets() {
    // NEVA toy, A's external assets wiped out: A has -9 of cash plus 0.5 from B, so it pays
    // nothing; C, A's creditor, receives 0 of 0.5 but still pays its 0.5 from its cash of 1.
    // Payments (0, 0.5, 0.5); C's equity falls from 1 to 0.5.
    const std::vector<double> loss{10, 0, 0};
    const ContagionResult r = clearingVector(nevaRing(), {kNevaExternalAssets, kNevaExternalLiabilities, loss, {}});
    QCOMPARE(r.institutions[0].payments, 0.0);
    QCOMPARE(r.institutions[1].payments, 0.5);
    QCOMPARE(r.institutions[2].payments, 0.5);
    QCOMPARE(r.institutions[0].defaultRound, 1);
    QCOMPARE(r.defaults, 1);
    QVERIFY(near(r.institutions[2].contagionLoss, 0.5));
    QVERIFY(near(r.institutions[2].finalDistress, 0.5));
    QVERIFY(near(r.institutions[2].lossByLayer[indexOf(NetworkLayer::Interbank)], 0.5));
    QCOMPARE(r.institutions[1].contagionLoss, 0.0);
}

void TestContagion::clearingWithAPartialShortfall() {
    // A loses 1.25 of external assets: cash -0.25 plus 0.5 received leaves 0.25 to pay its 0.5.
    const std::vector<double> loss{1.25, 0, 0};
    const ContagionResult r = clearingVector(nevaRing(), {kNevaExternalAssets, kNevaExternalLiabilities, loss, {}});
    QVERIFY(near(r.institutions[0].payments, 0.25));
    QVERIFY(near(r.institutions[2].contagionLoss, 0.25));
    QCOMPARE(r.defaults, 1);
}

void TestContagion::clearingRoundsOfACascadeAndAClosedRing() {
    // A chain of loans: A owes B 4, B owes C 3, C owes D 2; cash 1, 0, 0.5, 0. Round 1: A has 1
    // of 4 and pays 1; round 2: B then has 1 of 3; round 3: C has 0.5 + 1 = 1.5 of 2. By hand:
    // p = (1, 1, 1.5) and D, owed 2, loses 0.5.
    ExposureGraph chain{4, {{1, 0, 4}, {2, 1, 3}, {3, 2, 2}}};
    const std::vector<double> cash{1, 0, 0.5, 0};
    const ContagionResult r = clearingVector(chain, {cash, {}, {}, {}});
    QVERIFY(near(r.institutions[0].payments, 1));
    QVERIFY(near(r.institutions[1].payments, 1));
    QVERIFY(near(r.institutions[2].payments, 1.5));
    QCOMPARE(r.institutions[0].defaultRound, 1);
    QCOMPARE(r.institutions[1].defaultRound, 2);
    QCOMPARE(r.institutions[2].defaultRound, 3);
    QCOMPARE(r.institutions[3].defaultRound, -1);
    QVERIFY(near(r.institutions[3].contagionLoss, 0.5));
    QCOMPARE(r.rounds.size(), std::size_t(4));

    // The NEVA ring with A 0.1 short of cash (external assets 8.9): A has 0.4 of 0.5 (round 1),
    // then C, whose only income is A's payment, has 0.4 (round 2); B, with cash 1, pays in
    // full. p = (0.4, 0.5, 0.4).
    const std::vector<double> shortA{8.9, 5, 2};
    const ContagionResult two = clearingVector(nevaRing(), {shortA, kNevaExternalLiabilities, {}, {}});
    QVERIFY(near(two.institutions[0].payments, 0.4, 1e-12));
    QVERIFY(near(two.institutions[1].payments, 0.5));
    QVERIFY(near(two.institutions[2].payments, 0.4, 1e-12));
    QCOMPARE(two.institutions[0].defaultRound, 1);
    QCOMPARE(two.institutions[2].defaultRound, 2);

    // Now B has no spare cash either (external assets 4 = its external liabilities): in round 3
    // B defaults too and the three owe each other round a closed ring, a singular system. The
    // greatest clearing vector (E&N Theorem 2) is reached from pbar by iteration: the ring
    // loses 0.1 per turn until nobody pays anything, p = (0, 0, 0).
    const std::vector<double> closed{8.9, 4, 2};
    const ContagionResult ring = clearingVector(nevaRing(), {closed, kNevaExternalLiabilities, {}, {}});
    for (int i = 0; i < 3; ++i) QVERIFY(near(ring.institutions[i].payments, 0, 1e-9));
    QCOMPARE(ring.defaults, 3);
    QCOMPARE(ring.institutions[1].defaultRound, 3);
}

void TestContagion::clearingMatchesFixedPointIteration() {
    // A random 40-bank system; the clearing vector by fictitious default must be the fixed point
    // of p = min(pbar, max(0, e + Pi^T p)) reached by iterating down from pbar (E&N Lemma 4).
    std::mt19937 random(99);
    std::uniform_real_distribution<double> unit(0, 1);
    const std::uint32_t n = 40;
    ExposureGraph g{n, {}};
    for (std::uint32_t i = 0; i < n; ++i)
        for (std::uint32_t j = 0; j < n; ++j)
            if (i != j && unit(random) < 0.15) g.edges.push_back({i, j, 1 + 20 * unit(random)});
    std::vector<double> cash(n);
    for (auto& c : cash) c = 6 * unit(random) - 1;  // some start with negative net external worth
    const ContagionResult r = clearingVector(g, {cash, {}, {}, {}});

    std::vector<double> pbar(n, 0.0);
    for (const auto& e : g.edges) pbar[e.debtor] += e.amount;
    std::vector<double> p = pbar;
    for (int it = 0; it < 100000; ++it) {
        std::vector<double> in(n, 0.0);
        for (const auto& e : g.edges) in[e.creditor] += e.amount / pbar[e.debtor] * p[e.debtor];
        double moved = 0;
        for (std::uint32_t i = 0; i < n; ++i) {
            const double next = std::min(pbar[i], std::max(0.0, cash[i] + in[i]));
            moved = std::max(moved, std::abs(next - p[i]));
            p[i] = next;
        }
        if (moved < 1e-14) break;
    }
    int defaults = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        QVERIFY2(near(r.institutions[i].payments, p[i], 1e-9), qPrintable(QString::number(i)));
        defaults += p[i] < pbar[i] - 1e-9;
    }
    QCOMPARE(r.defaults, defaults);
    QVERIFY(defaults > 0);
}

void TestContagion::stressTestFromShocks() {
    StressSystem s;
    s.exposures = nevaRing();
    s.names = {"A", "B", "C"};
    s.equity = kNevaEquity;
    s.externalAssets = kNevaExternalAssets;
    s.externalLiabilities = kNevaExternalLiabilities;
    const auto find = [&](std::string_view code) { return s.indexOf(code); };
    const ContagionResult fail = runStressTest(s, parseShocks("A", find), StressMethod::Clearing);
    QCOMPARE(fail.institutions[0].payments, 0.0);
    const ContagionResult dr = runStressTest(s, parseShocks("A:0.2", find), StressMethod::DebtRankSingleHit);
    QVERIFY(near(dr.institutions[0].finalDistress, 0.225));
    // Without stated external assets they are derived so that equity is as stated: net external
    // assets 1, 1, 1. Losing half of its equity, A still pays in full.
    s.externalAssets.clear();
    s.externalLiabilities.clear();
    const ContagionResult derived = runStressTest(s, parseShocks("A:0.5", find), StressMethod::Clearing);
    QVERIFY(near(derived.institutions[0].initialDistress, 0.5));
    QCOMPARE(derived.defaults, 0);
    for (int i = 0; i < 3; ++i) QCOMPARE(derived.institutions[i].payments, 0.5);
    // A rate shock needs bond holdings: 10bp x CNY 0.05 per bp = 0.5 of A's equity.
    s.bondDv01 = {0.05, 0, 0};
    const ContagionResult rate = runStressTest(s, parseShocks("rate:10", find), StressMethod::DebtRank);
    QVERIFY(near(rate.institutions[0].initialDistress, 0.5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShocks("ZZZ", find));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShocks("A:1.5", find));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseShocks("rate:abc", find));
}

QTEST_GUILESS_MAIN(TestContagion)
#include "tst_contagion.moc"
