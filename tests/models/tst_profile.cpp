// Profile features against values worked out by hand on a four-institution, two-day market.

#include "ProfileFeatures.h"
#include "ProfilePipeline.h"
#include "RiskScores.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

#include <cctype>
#include <cmath>
#include <map>

using namespace eagle;

namespace {
constexpr double kTol = 1e-9;

Institution make(const char* code, InstitutionType type) {
    Institution i;
    i.code = code;
    i.name = code;
    i.type = type;
    return i;
}

Trade trade(Product p, InstitutionId buyer, InstitutionId seller, double notional, int tenor, double rate, Date day) {
    Trade t;
    t.product = p;
    t.buyer = buyer;
    t.seller = seller;
    t.notionalCny = t.quantity = notional;
    t.tenorDays = tenor;
    t.rate = rate;
    t.day = t.settleDay = day;
    t.ts = static_cast<std::int64_t>(day.daysSinceEpoch()) * 86400;
    return t;
}
}  // namespace

class TestProfile : public QObject {
    Q_OBJECT
private slots:
    void init();
    void featuresMatchHandComputation();
    void newFeatureFamiliesMatchHandComputation();
    void riskScoresRankAgainstPeers();
    void peerMediansMatchHandComputation();
    void cancelledRunLeavesNothing();
    void dictionarySaysWhatTheDocsSay();

private:
    double value(ProfileFeature f, int institution, int day);
    test::TestWorkspace dir_;
    std::optional<Store> store_;
    ProfileRunResult run_;
    InstitutionId a_, b_, c_, d_;
    const Date day1_ = Date::fromYmd(2025, 1, 2);
    const Date day2_ = Date::fromYmd(2025, 1, 3);
};

void TestProfile::init() {
    static int n = 0;
    store_.emplace(Store::create(dir_.path(("profile" + std::to_string(n++) + ".eagle").c_str())));
    Store& s = *store_;
    a_ = s.add(make("A", InstitutionType::LargeBank));
    b_ = s.add(make("B", InstitutionType::CityCommercialBank));
    c_ = s.add(make("C", InstitutionType::Fund));
    d_ = s.add(make("D", InstitutionType::CityCommercialBank));
    s.add(MarketDaily{"DR001", day1_, 1.50, {}});
    s.add(MarketDaily{"DR007", day1_, 1.70, {}});
    s.add(MarketDaily{"DR001", day2_, 1.40, {}});
    s.add(MarketDaily{"DR007", day2_, 1.60, {}});
    s.add(trade(Product::Repo, a_, b_, 100e6, 1, 1.60, day1_));
    s.add(trade(Product::Repo, a_, c_, 50e6, 7, 2.00, day1_));
    s.add(trade(Product::Lending, b_, c_, 30e6, 1, 1.90, day1_));
    s.add(trade(Product::BondCash, b_, c_, 20e6, 0, 1.75, day1_));
    s.add(trade(Product::FxSpot, a_, d_, 70e6, 0, 0, day2_));
    s.add(trade(Product::Repo, a_, d_, 40e6, 7, 1.80, day2_));
    // Day 2 also: D sells a bond to A at 99 in the morning and buys it back at 101 at 16:50.
    Instrument bond{InstrumentId(), "CGB10Y", Market::Bond, "government"};
    const InstrumentId bondId = s.add(bond);
    Trade sale = trade(Product::BondCash, a_, d_, 10e6, 0, 1.7, day2_);
    sale.instrument = bondId, sale.price = 99, sale.ts += 10 * 3600;
    Trade buyBack = trade(Product::BondCash, d_, a_, 10e6, 0, 1.7, day2_);
    buyBack.instrument = bondId, buyBack.price = 101, buyBack.ts += 16 * 3600 + 50 * 60;
    s.add(sale);
    s.add(buyBack);
    s.add(Relation{a_, c_, RelationKind::Ownership, 0.6, day1_, std::nullopt});
    s.add(BalanceDaily{b_, day1_, 1000e6, 900e6, 200e6, 100e6});
}

// The views explain each feature and score from the models' dictionary; docs/features.md says the
// same to its readers. Its tables' last column ("why a supervisor cares") is the dictionary's why.
void TestProfile::dictionarySaysWhatTheDocsSay() {
    QFile doc(QStringLiteral(EAGLEEYE_FEATURES_DOC));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    std::map<std::string, std::string> why;  // feature or score -> the docs' last column
    for (const QString& line : QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'))) {
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 4) continue;
        for (const QString& cell : cells) {
            const QString name = cell.trimmed();
            if (name.size() > 2 && name.startsWith(QLatin1Char('`')) && name.endsWith(QLatin1Char('`'))) {
                why[name.mid(1, name.size() - 2).toStdString()] = cells[cells.size() - 2].trimmed().toStdString();
                break;
            }
        }
    }
    const auto sameAs = [&](std::string_view name, std::string_view said) {
        const auto it = why.find(std::string(name));
        if (it == why.end() || it->second.empty() || said.empty()) return false;
        // The docs' cells start in lower case, mid-table.
        std::string expected(said);
        expected[0] = char(std::tolower(static_cast<unsigned char>(expected[0])));
        return it->second == expected;
    };
    for (const auto& spec : kProfileFeatures) {
        QVERIFY2(!spec.description.empty(), spec.name.data());
        QVERIFY2(sameAs(spec.name, spec.why), spec.name.data());
    }
    for (const auto& spec : riskTypes()) {
        QVERIFY2(!spec.description.empty(), spec.name.data());
        QVERIFY2(sameAs(spec.name, spec.why), spec.name.data());
    }
}

double TestProfile::value(ProfileFeature f, int institution, int day) {
    ResultStore results(*store_);
    std::int64_t id = 0;
    for (const auto& def : results.featureDefs())
        if (def.name == kProfileFeatures[indexOf(f)].name) id = def.id;
    const FeatureMatrix m = results.featureMatrix(run_.run, id);
    return m.at(static_cast<std::size_t>(institution), static_cast<std::size_t>(day));
}

void TestProfile::featuresMatchHandComputation() {
    run_ = computeProfiles(*store_);
    QCOMPARE(run_.days, 2);
    QCOMPARE(run_.trades, std::int64_t(8));
    enum { A, B, C, D };
    // Day 1. A lends 100 (1D) to B and 50 (7D) to C; B lends 30 (1D) to C; B buys a 20 bond from C.
    QCOMPARE(value(ProfileFeature::MoneyVolume, A, 0), 150e6);
    QCOMPARE(value(ProfileFeature::NetBorrowing, A, 0), -150e6);
    QCOMPARE(value(ProfileFeature::Counterparties, A, 0), 2.0);
    QVERIFY(std::abs(value(ProfileFeature::CounterpartyHhi, A, 0) - 5.0 / 9) < kTol);
    QVERIFY(std::isnan(value(ProfileFeature::OvernightShare, A, 0)));  // A did not borrow

    QCOMPARE(value(ProfileFeature::MoneyVolume, B, 0), 130e6);
    QCOMPARE(value(ProfileFeature::BondVolume, B, 0), 20e6);
    QCOMPARE(value(ProfileFeature::NetBorrowing, B, 0), 70e6);
    QVERIFY(std::abs(value(ProfileFeature::CounterpartyHhi, B, 0) - 5.0 / 9) < kTol);  // A 100, C 30+20
    QCOMPARE(value(ProfileFeature::OvernightShare, B, 0), 1.0);
    QVERIFY(std::abs(value(ProfileFeature::BorrowingSpread, B, 0) - 10.0) < kTol);  // 1.60 - DR001 1.50

    QCOMPARE(value(ProfileFeature::NetBorrowing, C, 0), 80e6);
    QCOMPARE(value(ProfileFeature::CounterpartyHhi, C, 0), 0.5);  // A 50, B 30+20
    QCOMPARE(value(ProfileFeature::OvernightShare, C, 0), 30.0 / 80);
    // (50 x (2.00-1.70) + 30 x (1.90-1.50)) / 80 in bp
    QVERIFY(std::abs(value(ProfileFeature::BorrowingSpread, C, 0) - 33.75) < kTol);

    QCOMPARE(value(ProfileFeature::MoneyVolume, D, 0), 0.0);
    QCOMPARE(value(ProfileFeature::Counterparties, D, 0), 0.0);
    QVERIFY(std::isnan(value(ProfileFeature::CounterpartyHhi, D, 0)));

    // Day 2. A sells USD for 70 to D and lends D 40 for 7 days.
    QCOMPARE(value(ProfileFeature::FxVolume, D, 1), 70e6);
    QCOMPARE(value(ProfileFeature::NetBorrowing, D, 1), 40e6);
    QCOMPARE(value(ProfileFeature::CounterpartyHhi, D, 1), 1.0);
    QCOMPARE(value(ProfileFeature::OvernightShare, D, 1), 0.0);
    QVERIFY(std::abs(value(ProfileFeature::BorrowingSpread, D, 1) - 20.0) < kTol);
    QCOMPARE(value(ProfileFeature::MoneyVolume, B, 1), 0.0);
}

void TestProfile::newFeatureFamiliesMatchHandComputation() {
    run_ = computeProfiles(*store_);
    enum { A, B, C, D };
    const auto near = [](double actual, double expected) { return std::abs(actual - expected) < 1e-9 * std::max(1.0, std::abs(expected)); };
    // Funding: C borrowed 50 for 7 days from A and 30 overnight from B.
    QCOMPARE(value(ProfileFeature::LenderCount, C, 0), 2.0);
    QCOMPARE(value(ProfileFeature::TopLenderShare, C, 0), 50.0 / 80);
    QCOMPARE(value(ProfileFeature::BorrowingTenor, C, 0), (50.0 * 7 + 30.0 * 1) / 80);
    QCOMPARE(value(ProfileFeature::GrossLending, A, 0), 150e6);
    // A lent at 10bp over DR001 (100) and 30bp over DR007 (50): 16.67bp weighted.
    QVERIFY(near(value(ProfileFeature::LendingSpread, A, 0), (10.0 * 100 + 30.0 * 50) / 150));
    // Related parties: A owns C; A's business with C is 50 of 150, C's is 50 of 100.
    QVERIFY(near(value(ProfileFeature::RelatedPartyShare, A, 0), 1.0 / 3));
    QCOMPARE(value(ProfileFeature::RelatedPartyShare, C, 0), 0.5);
    // Balance sheet of B on day 1: assets 1000, equity 100, liquid 200; it borrowed 70 net.
    QCOMPARE(value(ProfileFeature::Leverage, B, 0), 10.0);
    QCOMPARE(value(ProfileFeature::LiquidAssetsRatio, B, 0), 0.2);
    QCOMPARE(value(ProfileFeature::NetBorrowingToAssets, B, 0), 0.07);
    QVERIFY(std::isnan(value(ProfileFeature::Leverage, A, 0)));  // no balance sheet reported
    QCOMPARE(value(ProfileFeature::BondBuyShare, B, 0), 1.0);
    QCOMPARE(value(ProfileFeature::BondBuyShare, C, 0), 0.0);
    // Behaviour on day 2: D sold at 99 and bought back at 101; the day's average price is 100.
    QCOMPARE(value(ProfileFeature::RoundTripShare, D, 1), 1.0);
    QCOMPARE(value(ProfileFeature::BondPriceDeviation, D, 1), 1.0);
    QCOMPARE(value(ProfileFeature::OffMarketShare, D, 1), 1.0);
    QCOMPARE(value(ProfileFeature::BondBuyShare, D, 1), 0.5);
    QCOMPARE(value(ProfileFeature::EndOfDayShare, D, 1), 10.0 / 130);  // the 16:50 buy-back of 130 traded
    QCOMPARE(value(ProfileFeature::ActiveMarkets, D, 1), 3.0);
    QCOMPARE(value(ProfileFeature::TradeCount, D, 1), 4.0);
    // Rolling: D traded with nobody the day before, so all its counterparties are new.
    QCOMPARE(value(ProfileFeature::NewCounterpartyShare, D, 1), 1.0);
    QCOMPARE(value(ProfileFeature::NetBorrowing20d, B, 1), 35e6);  // mean of 70 and 0
    QCOMPARE(value(ProfileFeature::OvernightShare20d, C, 1), 0.375);  // day 2 has no borrowing
    QCOMPARE(value(ProfileFeature::BorrowingSurge, C, 1), 0.0);        // nothing against 80 before
}

void TestProfile::riskScoresRankAgainstPeers() {
    // Peer percentiles by mid-rank within the type: the city commercial banks B and D on day 1.
    std::vector<FeatureRow> rows(2);
    for (auto& r : rows) r.fill(0);
    rows[0][indexOf(ProfileFeature::OvernightShare20d)] = 1.0;  // B: all overnight
    rows[1][indexOf(ProfileFeature::OvernightShare20d)] = 0.2;
    const PeerDay peers({0, 0}, 1, rows);
    QCOMPARE(peers.percentile(0, ProfileFeature::OvernightShare20d, 1.0), 75.0);  // above one, level with itself
    QCOMPARE(peers.percentile(0, ProfileFeature::OvernightShare20d, 0.2), 25.0);
    QCOMPARE(peers.percentile(0, ProfileFeature::TradeCount, 0.0), 50.0);          // everybody tied
    const RiskScorer scorer({0, 0});
    const auto scores = scorer.score(DayProfile{day1_, rows});
    QVERIFY(scores[0][static_cast<std::size_t>(RiskType::Liquidity)] > scores[1][static_cast<std::size_t>(RiskType::Liquidity)]);
    const auto why = scorer.explain(DayProfile{day1_, rows}, 0, RiskType::Liquidity);
    QCOMPARE(why.front().feature, ProfileFeature::OvernightShare20d);  // the only driver that differs
}

void TestProfile::peerMediansMatchHandComputation() {
    run_ = computeProfiles(*store_);
    ResultStore results(*store_);
    std::map<std::string, std::int64_t> id;
    for (const auto& def : results.featureDefs()) id[def.name] = def.id;
    // City commercial banks B and D on day 1: volumes 130 and 0, net borrowing 70 and 0.
    const auto volume = results.peerMedianSeries(run_.run, "city_commercial_bank", id["money_volume"]);
    QCOMPARE(volume.size(), std::size_t(2));
    QCOMPARE(volume[0].value, 65e6);
    QCOMPARE(results.peerMedianSeries(run_.run, "city_commercial_bank", id["net_borrowing"])[0].value, 35e6);
    // D has no HHI on day 1, so the median is B's alone.
    QVERIFY(std::abs(results.peerMedianSeries(run_.run, "city_commercial_bank", id["counterparty_hhi"])[0].value -
                     5.0 / 9) < kTol);
}

void TestProfile::cancelledRunLeavesNothing() {
    std::stop_source stop;
    stop.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, computeProfiles(*store_, {}, stop.get_token()));
    ResultStore results(*store_);
    QVERIFY(!results.latestRun(kProfileRunKind));
    for (const auto& c : store_->tableCounts())
        if (c.table == "feature" || c.table == "run") QCOMPARE(c.rows, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
