// The first market simulator: reproducible from its seed and shaped like an interbank market.

#include "MarketSimulator.h"
#include "Store.h"
#include "TestSupport.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace eagle;

class TestSimulator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSeedSameContent();
    void lookslikeAnInterbankMarket();
    void ratesSpikeAtQuarterEnds();
    void cancelLeavesNoFile();

private:
    std::string generate(const char* name, std::uint64_t seed, int institutions = 60, int days = 60) {
        const std::string path = dir_.path(name);
        createWorkspace(path, [&](Store& s) { MarketSimulator({institutions, days, seed}).run(s); });
        return path;
    }
    test::TestWorkspace dir_;
    std::string market_;
};

void TestSimulator::initTestCase() { market_ = generate("market.eagle", 7, 120, 250); }

void TestSimulator::sameSeedSameContent() {
    const std::string a = Store::openReadOnly(generate("a.eagle", 11)).contentHash();
    const std::string b = Store::openReadOnly(generate("b.eagle", 11)).contentHash();
    const std::string c = Store::openReadOnly(generate("c.eagle", 12)).contentHash();
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSimulator::lookslikeAnInterbankMarket() {
    Store s = Store::openReadOnly(market_);
    const auto institutions = s.institutions();
    QCOMPARE(institutions.size(), std::size_t(120));
    std::set<InstitutionType> types;
    std::map<std::int64_t, InstitutionType> typeOf;
    for (const auto& i : institutions) types.insert(i.type), typeOf[i.id.value] = i.type;
    QCOMPARE(int(types.size()), kInstitutionTypeCount);
    QCOMPARE(s.tradingDays().size(), std::size_t(250));

    std::map<InstitutionType, double> netLent;
    std::set<Product> products;
    std::vector<double> moneySizes;
    std::int64_t trades = 0;
    s.forEachTrade([&](const Trade& t) {
        ++trades;
        products.insert(t.product);
        if (t.market() == Market::Money) {
            netLent[typeOf[t.buyer.value]] += t.notionalCny;
            netLent[typeOf[t.seller.value]] -= t.notionalCny;
            moneySizes.push_back(t.notionalCny);
        }
        return true;
    });
    // Small but real: tens of thousands of trades in four products.
    QVERIFY2(trades > 20000 && trades < 200000, std::to_string(trades).c_str());
    QVERIFY(products.count(Product::Repo) && products.count(Product::Lending) && products.count(Product::BondCash) &&
            products.count(Product::FxSpot));
    // Core-periphery: large banks supply cash, non-banks and small banks take it.
    QVERIFY(netLent[InstitutionType::LargeBank] > 0);
    QVERIFY(netLent[InstitutionType::Fund] < 0);
    QVERIFY(netLent[InstitutionType::SecuritiesFirm] < 0);
    QVERIFY(netLent[InstitutionType::RuralCommercialBank] < 0);
    // Heavy-tailed sizes: the largest ticket is far above the median one.
    std::sort(moneySizes.begin(), moneySizes.end());
    QVERIFY(moneySizes.back() > 50 * moneySizes[moneySizes.size() / 2]);
}

void TestSimulator::ratesSpikeAtQuarterEnds() {
    Store s = Store::openReadOnly(market_);
    std::vector<double> normal;
    std::vector<double> quarterEnds;
    for (const auto& p : s.marketSeries("DR007"))
        (p.day.isLastBusinessDayOfQuarter() ? quarterEnds : normal).push_back(p.close);
    QCOMPARE(quarterEnds.size(), std::size_t(3));  // March, June, September within 2025-01-02 + 250 days
    std::sort(normal.begin(), normal.end());
    const double median = normal[normal.size() / 2];
    for (double q : quarterEnds) QVERIFY2(q > median + 0.2, std::to_string(q - median).c_str());
    // The corridor holds: never below the floor, never above the ceiling.
    const auto floor = s.marketSeries("CORRIDOR_FLOOR");
    const auto ceiling = s.marketSeries("CORRIDOR_CEILING");
    const auto overnight = s.marketSeries("DR001");
    for (std::size_t d = 0; d < overnight.size(); ++d)
        QVERIFY(overnight[d].close >= floor[d].close && overnight[d].close <= ceiling[d].close);
}

void TestSimulator::cancelLeavesNoFile() {
    const std::string path = dir_.path("cancelled.eagle");
    std::stop_source stop;
    QVERIFY_THROWS_EXCEPTION(Cancelled, createWorkspace(path, [&](Store& s) {
        MarketSimulator({60, 120, 1}).run(s, [&](double fraction, const std::string&) {
            if (fraction > 0.3) stop.request_stop();
        }, stop.get_token());
    }));
    QVERIFY(!QFile::exists(QString::fromStdString(path)));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".partial")));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
