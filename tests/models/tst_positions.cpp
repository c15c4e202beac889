// Positions and P&L from trades against a hand computation, and the indicator pipeline on a
// simulated market: its values agree with the P&L stream, a second run is refused, a cancelled
// run leaves nothing.

#include "DailyPnl.h"
#include "IndicatorPipeline.h"
#include "MarketSimulator.h"
#include "ResultStore.h"
#include "RiskMeasures.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace eagle;

namespace {
Institution make(const char* code) {
    Institution i;
    i.code = i.name = code;
    return i;
}

Trade trade(Product p, InstitutionId buyer, InstitutionId seller, std::optional<InstrumentId> instrument,
            double quantity, double price, Date day) {
    Trade t;
    t.product = p;
    t.instrument = instrument;
    t.buyer = buyer;
    t.seller = seller;
    t.quantity = quantity;
    t.price = price;
    t.notionalCny = p == Product::BondCash ? quantity * price / 100 : quantity * std::max(price, 1.0);
    t.day = t.settleDay = day;
    t.ts = static_cast<std::int64_t>(day.daysSinceEpoch()) * 86400;
    return t;
}

// The profile run that indicators are added to (ProfilePipeline's kind), made without the engine.
RunId profileRun(Store& s) {
    ResultStore results(s);
    const RunId run = results.beginRun("profile", "test");
    results.finishRun(run, "done");
    return run;
}
}  // namespace

class TestPositions : public QObject {
    Q_OBJECT
private slots:
    void pnlMatchesHandComputation();
    void bondFollowsCurveBetweenCloses();
    void pipelineAgreesWithPnlStream();
    void secondRunIsRefusedAndCancelLeavesNothing();

private:
    test::TestWorkspace dir_;
};

void TestPositions::pnlMatchesHandComputation() {
    Store s = Store::create(dir_.path("pnl.eagle"));
    const InstitutionId a = s.add(make("A")), b = s.add(make("B"));
    Instrument bond{InstrumentId(), "CB-X", Market::Bond, "corporate", {}, "AAA"};
    bond.maturity = Date::fromYmd(2030, 1, 1);
    const InstrumentId bondId = s.add(bond);
    const InstrumentId usd = s.add(Instrument{InstrumentId(), "USD/CNY", Market::Fx, "fx_pair", {}, "", "USD", {}});
    const InstrumentId gold = s.add(Instrument{InstrumentId(), "AU9999", Market::Gold, "gold", {}, "", "CNY", {}});
    const Date d1 = Date::fromYmd(2025, 1, 2), d2 = Date::fromYmd(2025, 1, 3), d3 = Date::fromYmd(2025, 1, 6);
    const std::string closeSeries = "BOND:" + std::to_string(bondId.value);
    // No government curve in this workspace: the bond is marked at its last close.
    for (auto [day, close, fx, au] : {std::tuple{d1, 100.0, 7.08, 620.0}, {d2, 101.5, 7.10, 625.0},
                                      {d3, 100.75, 7.15, 622.0}}) {
        s.add(MarketDaily{closeSeries, day, close, {}});
        s.add(MarketDaily{"USDCNY", day, fx, {}});
        s.add(MarketDaily{"AU9999", day, au, {}});
    }
    s.add(trade(Product::BondCash, a, b, bondId, 10e6, 100.0, d1));  // A buys 10m face from B
    s.add(trade(Product::GoldSpot, b, a, gold, 1000, 620.0, d1));     // A sells 1 kg of gold to B
    s.add(trade(Product::FxSpot, a, b, usd, 1e6, 7.10, d2));          // A buys USD 1m from B
    s.add(trade(Product::FxSwap, a, b, usd, 5e6, 7.10, d2));          // a swap: no net USD position
    s.add(trade(Product::Repo, a, b, std::nullopt, 50e6, 0, d3));     // money market: no price risk

    // By hand, A:  d2: bond 10e6/100 x (101.5 - 100) = 150,000; gold -1000 x (625 - 620) = -5,000
    //              d3: bond 10e6/100 x (100.75 - 101.5) = -75,000; USD 1e6 x (7.15 - 7.10) = 50,000;
    //                  gold -1000 x (622 - 625) = +3,000  -> -22,000. B is the mirror image.
    PositionBook book({a, b});
    std::map<Date, std::pair<double, double>> pnl;
    streamDailyPnl(s, book, [&](Date day, std::span<const double> p, const MarketPrices&) {
        pnl[day] = {p[0], p[1]};
    });
    QCOMPARE(pnl.size(), std::size_t(3));
    QCOMPARE(pnl[d1].first, 0.0);
    QVERIFY(std::abs(pnl[d2].first - 145000) < 1e-6);
    QVERIFY(std::abs(pnl[d3].first - -22000) < 1e-6);
    QVERIFY(std::abs(pnl[d2].second - -145000) < 1e-6);
    QVERIFY(std::abs(pnl[d3].second - 22000) < 1e-6);
    const Positions& p = book.positions(0);
    QCOMPARE(p.faceOf(bondId), 10e6);
    QCOMPARE(p.usd, 1e6);
    QCOMPARE(p.goldGrams, -1000.0);
}

void TestPositions::bondFollowsCurveBetweenCloses() {
    Store s = Store::create(dir_.path("curve.eagle"));
    const Date d1 = Date::fromYmd(2025, 1, 2), d2 = Date::fromYmd(2025, 1, 3), d3 = Date::fromYmd(2025, 1, 6);
    Instrument bond{InstrumentId(), "CGB10Y", Market::Bond, "government", {}, "AAA"};
    bond.maturity = d1.addDays(3650);  // exactly 10 years on d1
    const InstrumentId id = s.add(bond);
    const std::string closes = "BOND:" + std::to_string(id.value);
    for (Date d : {d1, d2, d3}) {  // a flat 2.5% curve: the 2.5% coupon bond is at par on coupon dates
        s.add(MarketDaily{"CGB1Y", d, 2.5, 2.5});
        s.add(MarketDaily{"CGB10Y", d, 2.5, 2.5});
    }
    s.add(MarketDaily{closes, d1, 99.0, {}});   // basis to the curve: 99 - 100 = -1
    s.add(MarketDaily{closes, d3, 100.5, {}});  // a new close re-anchors the mark

    MarketPrices prices(s);
    prices.advanceTo(d1);
    QVERIFY(std::abs(prices.bondPrice(id) - 99.0) < 1e-9);
    // By hand: one day after a coupon date a flat-yield bond's price is 100 x 1.025^(1/365); the
    // mark keeps the -1 basis: 99.00676...
    prices.advanceTo(d2);
    QVERIFY(std::abs(prices.bondPrice(id) - (100 * std::pow(1.025, 1.0 / 365) - 1)) < 1e-9);
    QVERIFY(std::abs(prices.previousBondPrice(id) - 99.0) < 1e-9);
    prices.advanceTo(d3);
    QVERIFY(std::abs(prices.bondPrice(id) - 100.5) < 1e-9);
    prices.advanceTo(bond.maturity->addDays(1));
    QCOMPARE(prices.bondPrice(id), 100.0);  // redeemed at par
}

void TestPositions::pipelineAgreesWithPnlStream() {
    Store s = Store::create(dir_.path("sim.eagle"));
    MarketSimulator({40, 90, 7}).run(s);
    const RunId run = profileRun(s);
    IndicatorOptions o;
    o.window = 30;
    o.backtestDays = 40;
    const IndicatorRunResult r = computeIndicators(s, o);
    QCOMPARE(r.run, run);
    QCOMPARE(r.days, 90);
    QVERIFY(r.values > 0);

    // Recompute one institution's P&L and check the stored VaR and ES on its last day.
    ResultStore results(s);
    std::map<std::string, std::int64_t> ids;
    for (const auto& d : results.featureDefs()) ids[d.name] = d.id;
    const auto institutions = s.institutions();
    int checked = 0;
    for (const auto& inst : institutions) {
        PositionBook book({inst.id});
        std::vector<double> series;
        Date last;
        streamDailyPnl(s, book, [&](Date day, std::span<const double> p, const MarketPrices&) {
            series.push_back(p[0]);
            last = day;
        });
        const auto stored = results.institutionSeries(run, inst.id);
        const auto var = stored.find(ids[kVarHistFeature]);
        if (var == stored.end()) continue;
        QCOMPARE(var->second.back().day, last);
        const RiskEstimate expected = historicalRisk(std::span(series).last(30), 0.99);
        QVERIFY(std::abs(var->second.back().value - expected.var) <= 1e-6 * std::max(1.0, std::abs(expected.var)));
        const auto es = stored.at(ids[kEsHistFeature]).back().value;
        QVERIFY(es >= var->second.back().value - 1e-6);
        const double exceptions = stored.at(ids[kVarExceptionsFeature]).back().value;
        QVERIFY(exceptions >= 0 && exceptions <= 40);
        QVERIFY(stored.at(ids[kVarEwmaFeature]).back().value >= 0);
        if (++checked == 5) break;
    }
    QVERIFY(checked > 0);
}

void TestPositions::secondRunIsRefusedAndCancelLeavesNothing() {
    Store s = Store::create(dir_.path("rerun.eagle"));
    MarketSimulator({30, 40, 9}).run(s);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, computeIndicators(s));  // no profile run yet
    const RunId run = profileRun(s);
    IndicatorOptions o;
    o.window = 20;

    std::stop_source stop;
    stop.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, computeIndicators(s, o, {}, stop.get_token()));
    ResultStore results(s);
    for (const auto& d : results.featureDefs()) QVERIFY(d.name != kVarHistFeature);  // rolled back

    const IndicatorRunResult r = computeIndicators(s, o);
    QVERIFY(r.values > 0);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, computeIndicators(s, o));
    std::int64_t varId = 0;
    for (const auto& d : results.featureDefs())
        if (d.name == kVarHistFeature) varId = d.id;
    QVERIFY(varId > 0);
    QVERIFY(!results.featureMatrix(run, varId).institutions.empty());
}

QTEST_GUILESS_MAIN(TestPositions)
#include "tst_positions.moc"
