// The market simulator: reproducible from its seed whatever the thread count, shaped like an
// interbank market, and every planted scenario present with the signature it claims.

#include "MarketSimulator.h"
#include "ScenarioCatalog.h"
#include "Store.h"
#include "TestSupport.h"
#include "TradeFactory.h"
#include "WorkspaceFile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace eagle;

class TestSimulator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sameSeedSameContentWhateverTheThreads();
    void looksLikeAnInterbankMarket();
    void stylisedFactsHold();
    void ratesSpikeAtQuarterEnds();
    void squeezedBankFundsOvernightThenFails();
    void ringTradesFormACycleAmongRelatedParties();
    void parkedBondComesBackAtTheAgreedPrice();
    void markedCloseIsAboveTheMarket();
    void fundLeversUpThenSells();
    void cascadeFailsLendersWhoseLossesExceedCapital();
    void hubWithdrawalStopsItsLending();
    void scenarioListParsing();
    void cancelLeavesNoFile();

private:
    std::string generate(const char* name, SimulatorConfig config) {
        const std::string path = dir_.path(name);
        createWorkspace(path, [&](Store& s) { MarketSimulator(config).run(s); });
        return path;
    }
    const Scenario& scenario(const char* kind);
    std::vector<RiskEvent> events(const char* kind);

    test::TestWorkspace dir_;
    std::optional<Store> market_;
    std::vector<Trade> trades_;
    std::vector<Institution> institutions_;
    std::vector<Scenario> scenarios_;
};

void TestSimulator::initTestCase() {
    SimulatorConfig config{120, 250, 7};
    config.scenarios = parseScenarioList("all");
    market_.emplace(Store::openReadOnly(generate("market.eagle", config)));
    market_->forEachTrade([&](const Trade& t) {
        trades_.push_back(t);
        return true;
    });
    institutions_ = market_->institutions();
    scenarios_ = market_->scenarios();
}

const Scenario& TestSimulator::scenario(const char* kind) {
    const auto it = std::find_if(scenarios_.begin(), scenarios_.end(), [&](auto& s) { return s.kind == kind; });
    if (it == scenarios_.end()) qFatal("scenario %s was not planted", kind);
    return *it;
}

std::vector<RiskEvent> TestSimulator::events(const char* kind) {
    std::vector<RiskEvent> out;
    for (const auto& e : market_->riskEvents())
        if (e.kind == kind) out.push_back(e);
    return out;
}

void TestSimulator::sameSeedSameContentWhateverTheThreads() {
    SimulatorConfig config{60, 60, 11};
    config.scenarios = parseScenarioList("all");
    config.threads = 1;
    const std::string a = Store::openReadOnly(generate("a.eagle", config)).contentHash();
    config.threads = 2;
    const std::string b = Store::openReadOnly(generate("b.eagle", config)).contentHash();
    config.seed = 12;
    const std::string c = Store::openReadOnly(generate("c.eagle", config)).contentHash();
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestSimulator::looksLikeAnInterbankMarket() {
    QCOMPARE(institutions_.size(), std::size_t(120));
    std::set<InstitutionType> types;
    std::set<std::string> strategies;
    std::map<std::int64_t, InstitutionType> typeOf;
    for (const auto& i : institutions_) types.insert(i.type), strategies.insert(i.strategy), typeOf[i.id.value] = i.type;
    QCOMPARE(int(types.size()), kInstitutionTypeCount);
    QCOMPARE(strategies, (std::set<std::string>{"buy_and_hold", "leveraged_fund", "liquidity_provider", "market_maker",
                                                "regional_borrower"}));
    QCOMPARE(market_->tradingDays().size(), std::size_t(250));
    QCOMPARE(market_->foreignKeyViolations(), std::int64_t(0));
    // Related-party groups: controllers with several controlled members.
    int control = 0;
    for (const auto& r : market_->relations()) control += r.kind == RelationKind::Control;
    QVERIFY(control >= 4);

    std::map<InstitutionType, double> netLent;
    std::set<Product> products;
    for (const Trade& t : trades_) {
        products.insert(t.product);
        if (t.market() == Market::Money) {
            netLent[typeOf[t.buyer.value]] += t.notionalCny;
            netLent[typeOf[t.seller.value]] -= t.notionalCny;
        }
    }
    QVERIFY2(trades_.size() > 60000 && trades_.size() < 400000, std::to_string(trades_.size()).c_str());
    QCOMPARE(products.size(), std::size_t(6));  // repo, lending, bond, FX spot and swap, gold
    // Core-periphery: large banks supply cash, non-banks and small banks take it.
    QVERIFY(netLent[InstitutionType::LargeBank] > 0);
    QVERIFY(netLent[InstitutionType::Fund] < 0);
    QVERIFY(netLent[InstitutionType::SecuritiesFirm] < 0);
    QVERIFY(netLent[InstitutionType::RuralCommercialBank] < 0);
}

void TestSimulator::stylisedFactsHold() {
    // Degree distribution of the money market (distinct counterparties over the period): a few
    // hubs, many small nodes. Bound: the largest degree is at least 5 times the median.
    std::map<std::int64_t, std::set<std::int64_t>> neighbours;
    std::vector<double> sizes;
    for (const Trade& t : trades_)
        if (t.market() == Market::Money && !t.scenario) {
            neighbours[t.buyer.value].insert(t.seller.value);
            neighbours[t.seller.value].insert(t.buyer.value);
            sizes.push_back(t.notionalCny);
        }
    std::vector<double> degrees;
    for (const auto& [id, n] : neighbours) degrees.push_back(static_cast<double>(n.size()));
    std::sort(degrees.begin(), degrees.end());
    QVERIFY2(degrees.back() >= 5 * degrees[degrees.size() / 2],
             (std::to_string(degrees.back()) + " vs " + std::to_string(degrees[degrees.size() / 2])).c_str());
    // Heavy-tailed trade sizes: the Hill estimate of the tail index over the top 5% lies in
    // [1, 3] (equity returns and interbank loan sizes are typically 1.5-3; a normal tail is far above).
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    const std::size_t k = sizes.size() / 20;
    double hill = 0;
    for (std::size_t i = 0; i < k; ++i) hill += std::log(sizes[i] / sizes[k]);
    const double alpha = static_cast<double>(k) / hill;
    QVERIFY2(alpha >= 1.0 && alpha <= 3.0, std::to_string(alpha).c_str());
}

void TestSimulator::ratesSpikeAtQuarterEnds() {
    std::vector<double> normal, quarterEnds;
    for (const auto& p : market_->marketSeries("DR007"))
        (p.day.isLastBusinessDayOfQuarter() ? quarterEnds : normal).push_back(p.close);
    QCOMPARE(quarterEnds.size(), std::size_t(3));  // March, June, September within 250 days from 2025-01-02
    std::sort(normal.begin(), normal.end());
    const double median = normal[normal.size() / 2];
    for (double q : quarterEnds) QVERIFY2(q > median + 0.2, std::to_string(q - median).c_str());
    const auto floor = market_->marketSeries("CORRIDOR_FLOOR");
    const auto ceiling = market_->marketSeries("CORRIDOR_CEILING");
    const auto overnight = market_->marketSeries("DR001");
    for (std::size_t d = 0; d < overnight.size(); ++d)
        QVERIFY(overnight[d].close >= floor[d].close && overnight[d].close <= ceiling[d].close);
    QCOMPARE(market_->marketSeries("CGB30Y").size(), std::size_t(250));
}

void TestSimulator::squeezedBankFundsOvernightThenFails() {
    const Scenario& s = scenario("liquidity_squeeze");
    const auto failures = events("failure");
    QCOMPARE(failures.size(), std::size_t(1));
    const InstitutionId victim = failures[0].institution;
    const Date failure = failures[0].day;
    QCOMPARE(failure, s.end);
    // Share of its borrowing done overnight: first week of the squeeze against its last week.
    const auto overnightShare = [&](Date from, Date to) {
        double all = 0, overnight = 0;
        for (const Trade& t : trades_)
            if (t.seller == victim && t.market() == Market::Money && t.day >= from && t.day <= to)
                all += t.notionalCny, overnight += t.tenorDays == 1 ? t.notionalCny : 0;
        return all > 0 ? overnight / all : 0.0;
    };
    const double early = overnightShare(s.start, s.start.addDays(7));
    const double late = overnightShare(failure.addDays(-10), failure.addDays(-1));
    qInfo("overnight share of the squeezed bank: %.2f early, %.2f late", early, late);
    QVERIFY2(late > early + 0.1 || late > 0.97, (std::to_string(early) + " -> " + std::to_string(late)).c_str());
    bool tradesAfter = false, defaulted = false;
    for (const Trade& t : trades_) {
        tradesAfter |= (t.buyer == victim || t.seller == victim) && t.day >= failure;
        defaulted |= t.seller == victim && t.status == "defaulted";
    }
    QVERIFY(!tradesAfter);
    QVERIFY(defaulted);  // it left outstanding borrowing unpaid
    QVERIFY(!events("counterparty_default_loss").empty());
}

void TestSimulator::ringTradesFormACycleAmongRelatedParties() {
    const Scenario& s = scenario("circular_trading");
    std::map<Date, std::vector<Trade>> byDay;
    for (const Trade& t : trades_)
        if (t.scenario == s.id) byDay[t.day].push_back(t);
    QVERIFY(byDay.size() >= 5);
    std::set<std::int64_t> members;
    for (const auto& e : events("circular_trading")) members.insert(e.institution.value);
    QCOMPARE(members.size(), std::size_t(3));
    for (const auto& [day, legs] : byDay) {
        QCOMPARE(legs.size(), members.size());
        // Following the bond from seller to buyer returns to the start after visiting everyone.
        std::map<std::int64_t, std::int64_t> next;
        for (const Trade& t : legs) next[t.seller.value] = t.buyer.value;
        std::int64_t at = legs.front().seller.value;
        std::set<std::int64_t> visited;
        for (std::size_t k = 0; k < legs.size(); ++k) visited.insert(at), at = next[at];
        QCOMPARE(at, legs.front().seller.value);
        QCOMPARE(visited, members);
        const auto [lo, hi] = std::minmax_element(legs.begin(), legs.end(), [](auto& a, auto& b) { return a.quantity < b.quantity; });
        QVERIFY(hi->quantity <= lo->quantity * 1.06);                  // similar sizes
        QVERIFY(legs.back().ts - legs.front().ts <= 30 * 60);          // within half an hour
        QCOMPARE(legs.front().instrument->value, legs.back().instrument->value);
    }
    // The members are related parties: connected through control / same-group links.
    std::map<std::int64_t, std::set<std::int64_t>> related;
    for (const auto& r : market_->relations()) related[r.src.value].insert(r.dst.value), related[r.dst.value].insert(r.src.value);
    std::set<std::int64_t> reached{*members.begin()};
    for (bool grew = true; grew;) {
        grew = false;
        for (std::int64_t m : std::set<std::int64_t>(reached))
            for (std::int64_t n : related[m]) grew |= reached.insert(n).second;
    }
    for (std::int64_t m : members) QVERIFY(reached.count(m));
}

void TestSimulator::parkedBondComesBackAtTheAgreedPrice() {
    const Scenario& s = scenario("bond_parking");
    std::vector<Trade> legs;
    for (const Trade& t : trades_)
        if (t.scenario == s.id) legs.push_back(t);
    QCOMPARE(legs.size(), std::size_t(2));
    const Trade& sale = legs[0];
    const Trade& buyBack = legs[1];
    QCOMPARE(sale.seller, buyBack.buyer);
    QCOMPARE(sale.buyer, buyBack.seller);
    QCOMPARE(sale.quantity, buyBack.quantity);
    // Agreed price: the sale price plus 3% a year for the days held (the scenario's defaults).
    const double days = buyBack.day.daysSinceEpoch() - sale.day.daysSinceEpoch();
    QVERIFY(days >= 15);
    const double agreed = sale.price * (1 + 0.03 * days / 365);
    QVERIFY2(std::abs(buyBack.price - agreed) < 1e-3, (std::to_string(buyBack.price) + " vs " + std::to_string(agreed)).c_str());
    // Off-market: 1.5 points above the price that the day's yield implies.
    const auto instruments = market_->instruments();
    const auto bond = std::find_if(instruments.begin(), instruments.end(), [&](auto& i) { return i.id == *sale.instrument; });
    const double years = (bond->maturity->daysSinceEpoch() - sale.day.daysSinceEpoch()) / 365.0;
    QVERIFY(std::abs(sale.price - TradeFactory::priceFromYield(sale.rate, 2.5, years) - 1.5) < 1e-3);
}

void TestSimulator::markedCloseIsAboveTheMarket() {
    const Scenario& s = scenario("marking_the_close");
    std::map<Date, std::vector<Trade>> marked;
    for (const Trade& t : trades_)
        if (t.scenario == s.id) marked[t.day].push_back(t);
    QVERIFY(marked.size() >= 4);
    const std::string series = "BOND:" + std::to_string(marked.begin()->second.front().instrument->value);
    std::map<Date, double> close;
    for (const auto& p : market_->marketSeries(series)) close[p.day] = p.close;
    for (const auto& [day, prints] : marked) {
        // The close is the last marked print, and it sits above the yield-implied market price.
        QCOMPARE(close.at(day), prints.back().price);
        QVERIFY(prints.back().ts >= day.daysSinceEpoch() * 86400LL + 16 * 3600 + 50 * 60);
    }
}

void TestSimulator::fundLeversUpThenSells() {
    const auto buildup = events("leverage_buildup");
    const auto unwind = events("forced_deleveraging");
    QCOMPARE(buildup.size(), std::size_t(1));
    const InstitutionId fund = buildup[0].institution;
    // Borrowing in the build-up's last ten days against its first ten, and selling in the unwind.
    double borrowedEarly = 0, borrowedPeak = 0, sold = 0, bought = 0;
    for (const Trade& t : trades_) {
        if (t.seller == fund && t.market() == Market::Money) {
            if (t.day < buildup[0].day.addDays(10) && t.day >= buildup[0].day) borrowedEarly += t.notionalCny;
            if (t.day > buildup[0].endDay->addDays(-10) && t.day <= *buildup[0].endDay) borrowedPeak += t.notionalCny;
        }
        if (t.product == Product::BondCash && t.day >= unwind[0].day && t.day <= *unwind[0].endDay) {
            if (t.seller == fund) sold += t.notionalCny;
            if (t.buyer == fund) bought += t.notionalCny;
        }
    }
    QVERIFY2(borrowedPeak > 2 * borrowedEarly, (std::to_string(borrowedEarly) + " -> " + std::to_string(borrowedPeak)).c_str());
    QVERIFY(sold > 3 * bought);
}

void TestSimulator::cascadeFailsLendersWhoseLossesExceedCapital() {
    const auto defaults = events("default");
    QCOMPARE(defaults.size(), std::size_t(6));  // the first defaulter, 3 in round 1, 2 in round 2
    const RiskEvent& first = defaults.front();
    QVERIFY(first.note.find("first default") != std::string::npos);
    std::map<std::int64_t, double> equityOf;
    for (const auto& i : institutions_) equityOf[i.id.value] = i.capital;
    for (const auto& e : defaults) {
        if (e.note.find("contagion round 1") == std::string::npos) continue;
        QCOMPARE(e.day, first.day.nextBusinessDay().nextBusinessDay());
        // Its 30-day loans to the first defaulter, still outstanding, exceed its capital.
        double exposure = 0;
        for (const Trade& t : trades_)
            if (t.buyer == e.institution && t.seller == first.institution && t.status == "defaulted") exposure += t.notionalCny;
        QVERIFY2(exposure > equityOf[e.institution.value], (std::to_string(exposure) + " vs capital " +
                                                            std::to_string(equityOf[e.institution.value])).c_str());
    }
}

void TestSimulator::hubWithdrawalStopsItsLending() {
    const auto hub = events("hub_withdrawal");
    QCOMPARE(hub.size(), std::size_t(1));
    const auto dependants = events("counterparty_loss");
    QVERIFY(!dependants.empty());
    for (const Trade& t : trades_)
        if (t.buyer == hub[0].institution && t.market() == Market::Money)
            QVERIFY(t.day < hub[0].day || t.day > *hub[0].endDay);
}

void TestSimulator::scenarioListParsing() {
    QCOMPARE(parseScenarioList("all").size(), scenarioCatalog().size());
    QVERIFY(parseScenarioList("none").empty());
    const auto r = parseScenarioList("liquidity_squeeze:count=2:duration=20,circular_trading");
    QCOMPARE(r.size(), std::size_t(2));
    QCOMPARE(r[0].param("count", 1), 2.0);
    QCOMPARE(scenarioParam(r[0], "duration"), 20.0);
    QCOMPARE(scenarioParam(r[0], "premium"), 1.5);  // the default
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseScenarioList("meteor_strike"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseScenarioList("liquidity_squeeze:speed=3"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, parseScenarioList("liquidity_squeeze:duration=abc"));

    // Planted twice: two scenarios of the kind, on different institutions.
    SimulatorConfig config{120, 120, 5};
    config.scenarios = parseScenarioList("liquidity_squeeze:count=2");
    Store twice = Store::openReadOnly(generate("twice.eagle", config));
    QCOMPARE(twice.scenarios().size(), std::size_t(2));
    std::set<std::int64_t> failed;
    for (const auto& e : twice.riskEvents())
        if (e.kind == "failure") failed.insert(e.institution.value);
    QCOMPARE(failed.size(), std::size_t(2));
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
