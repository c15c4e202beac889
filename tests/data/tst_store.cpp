// The workspace store: round trips, migrations, refusing files that are not workspaces.

#include "Database.h"
#include "ResultStore.h"
#include "Schema.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <fstream>

using namespace eagle;

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryTable();
    void migratesFromPreviousVersion();
    void refusesFilesThatAreNotWorkspaces();
    void rollsBackUncommittedTransaction();
    void nestedTransactionIsASavepoint();
    void enforcesForeignKeys();
    void hashChangesWithContent();
    void featureBlocksReadBackEveryValue();
    void featureDaysMustAscend();
    void migrationDropsPerValueFeatures();

private:
    static Institution bank(const char* code) {
        Institution i;
        i.code = code;
        i.name = std::string(code) + " Bank";
        i.nameZh = "测试银行";
        i.type = InstitutionType::CityCommercialBank;
        i.totalAssets = 1e11;
        i.capital = 8e9;
        i.rating = "AA";
        return i;
    }
    test::TestWorkspace dir_;
};

void TestStore::roundTripsEveryTable() {
    const std::string path = dir_.path("round.eagle");
    {
        Store s = Store::create(path);
        const InstitutionId a = s.add(bank("A"));
        Institution b = bank("B");
        b.parent = a;
        b.type = InstitutionType::Fund;
        const InstitutionId bId = s.add(b);
        s.add(Relation{a, bId, RelationKind::Ownership, 0.6, Date::fromYmd(2025, 1, 2), std::nullopt});
        Instrument bond{InstrumentId(), "CGB10Y", Market::Bond, "government", std::nullopt, "AAA", "CNY",
                        Date::fromYmd(2035, 1, 2)};
        const InstrumentId bondId = s.add(bond);
        Trade t;
        t.ts = 1735808400;
        t.day = Date::fromYmd(2025, 1, 2);
        t.product = Product::Repo;
        t.instrument = bondId;
        t.buyer = a;
        t.seller = bId;
        t.rate = 1.85;
        t.quantity = t.notionalCny = 5e8;
        t.tenorDays = 7;
        t.settleDay = t.day;
        s.add(t);
        s.add(MarketDaily{"DR007", t.day, 1.82, 1.82});
        s.add(BalanceDaily{a, t.day, 1e11, 9.2e10, 1.5e10, 8e9});
        s.add(RiskEvent{bId, t.day, Date::fromYmd(2025, 2, 3), "liquidity_squeeze", 0.8, "simulated", "test"});
    }
    Store s = Store::openReadOnly(path);
    const auto institutions = s.institutions();
    QCOMPARE(institutions.size(), std::size_t(2));
    QCOMPARE(institutions[1].nameZh, std::string("测试银行"));
    QCOMPARE(institutions[1].type, InstitutionType::Fund);
    QVERIFY(institutions[1].parent && *institutions[1].parent == institutions[0].id);
    QCOMPARE(s.relations().size(), std::size_t(1));
    QCOMPARE(s.relations()[0].share, 0.6);
    QCOMPARE(s.instruments()[0].maturity->toString(), std::string("2035-01-02"));
    std::vector<Trade> trades;
    s.forEachTrade([&](const Trade& t) { trades.push_back(t); return true; });
    QCOMPARE(trades.size(), std::size_t(1));
    QCOMPARE(trades[0].product, Product::Repo);
    QCOMPARE(trades[0].market(), Market::Money);
    QCOMPARE(trades[0].rate, 1.85);
    QCOMPARE(trades[0].tenorDays, 7);
    QCOMPARE(trades[0].buyer, institutions[0].id);
    QCOMPARE(s.marketSeries("DR007").at(0).close, 1.82);
    QCOMPARE(s.riskEvents().at(0).endDay->toString(), std::string("2025-02-03"));
    QCOMPARE(s.tradingDays().size(), std::size_t(1));
    QCOMPARE(s.schemaVersion(), schema::latestVersion());
}

void TestStore::migratesFromPreviousVersion() {
    const std::string path = dir_.path("v1.eagle");
    {
        // A workspace as the first schema version wrote it.
        Database db(path, Database::Mode::Create);
        db.exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
        schema::migrate(db, 1);
        QCOMPARE(schema::versionOf(db), 1);
        db.cached("INSERT INTO institution(code, name, type) VALUES (?, ?, ?)")
            .bind(1, std::string_view("OLD1"))
            .bind(2, std::string_view("Old Bank"))
            .bind(3, std::string_view("large_bank"))
            .run();
    }
    Store s = Store::open(path);
    QCOMPARE(s.schemaVersion(), schema::latestVersion());
    QCOMPARE(s.institutions().at(0).code, std::string("OLD1"));
    ResultStore results(s);
    const RunId run = results.beginRun("profile", "");
    const auto feature = results.defineFeature("money_volume", "CNY", "");
    FeatureBlockWriter writer = results.featureWriter(run, {s.institutions()[0].id}, {feature});
    writer.beginDay(Date::fromYmd(2025, 1, 2));
    writer.set(0, 0, 42.0);
    writer.finish();
    results.finishRun(run, "done");
    QCOMPARE(results.featureMatrix(run, feature).values.at(0), 42.0);
}

void TestStore::refusesFilesThatAreNotWorkspaces() {
    const std::string text = dir_.path("notes.eagle");
    std::ofstream(text) << "not a database";
    try {
        Store::open(text);
        QFAIL("a text file was opened as a workspace");
    } catch (const StoreError& e) {
        QVERIFY(std::string(e.what()).find("not an EagleEye workspace") != std::string::npos);
    }
    const std::string other = dir_.path("other.sqlite");
    { Database(other, Database::Mode::Create).exec("CREATE TABLE t(x)"); }
    QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(other));
    QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(dir_.path("missing.eagle")));
    const std::string existing = dir_.path("existing.eagle");
    { Store::create(existing); }
    QVERIFY_THROWS_EXCEPTION(StoreError, Store::create(existing));
}

void TestStore::rollsBackUncommittedTransaction() {
    Store s = Store::create(dir_.path("rollback.eagle"));
    {
        Transaction tx = s.transaction();
        s.add(bank("X"));
    }
    QVERIFY(s.institutions().empty());
}

// Work written as a transaction of its own (e.g. a warning run) can also be written inside a
// caller's transaction (with the cluster run): it then commits or rolls back with the caller's.
void TestStore::nestedTransactionIsASavepoint() {
    Store s = Store::create(dir_.path("nested.eagle"));
    {
        Transaction outer = s.transaction();
        s.add(bank("A"));
        {
            Transaction inner = s.transaction();
            s.add(bank("B"));
            inner.commit();
        }
        // outer rolls back: B goes with A although its own transaction committed
    }
    QVERIFY(s.institutions().empty());
    {
        Transaction outer = s.transaction();
        s.add(bank("A"));
        {
            Transaction inner = s.transaction();
            s.add(bank("B"));
        }  // inner rolls back alone
        s.add(bank("C"));
        outer.commit();
    }
    QStringList codes;
    for (const Institution& i : s.institutions()) codes << QString::fromStdString(i.code);
    QCOMPARE(codes, QStringList({"A", "C"}));
    {
        Transaction alone = s.transaction();  // outside any transaction: a transaction of its own
        s.add(bank("D"));
        alone.commit();
    }
    QCOMPARE(s.institutions().size(), std::size_t(3));
}

void TestStore::enforcesForeignKeys() {
    Store s = Store::create(dir_.path("fk.eagle"));
    Trade t;
    t.day = t.settleDay = Date::fromYmd(2025, 1, 2);
    t.buyer = InstitutionId(1);
    t.seller = InstitutionId(2);
    QVERIFY_THROWS_EXCEPTION(StoreError, s.add(t));
}

void TestStore::hashChangesWithContent() {
    Store s = Store::create(dir_.path("hash.eagle"));
    s.add(bank("A"));
    const std::string before = s.contentHash();
    QCOMPARE(s.contentHash(), before);
    s.add(bank("B"));
    QVERIFY(s.contentHash() != before);
}

// 150 days span three blocks (64 + 64 + 22); every reader is checked against the values kept in
// memory, NaN gaps and a feature missing for one institution's whole block included.
void TestStore::featureBlocksReadBackEveryValue() {
    Store s = Store::create(dir_.path("blocks.eagle"));
    for (const char* code : {"A", "B", "C"}) s.add(bank(code));
    const auto institutions = s.institutions();
    ResultStore results(s);
    const RunId run = results.beginRun("profile", "");
    const std::vector<std::int64_t> features{results.defineFeature("f0", "", ""), results.defineFeature("f1", "", "")};
    std::vector<Date> days;
    for (Date d = Date::fromYmd(2025, 1, 2); days.size() < 150; d = d.nextBusinessDay()) days.push_back(d);
    const auto expected = [](std::size_t f, std::size_t i, std::size_t d) {
        if ((d + i) % 7 == 3) return std::numeric_limits<double>::quiet_NaN();  // gaps
        if (f == 1 && i == 2 && d >= 64 && d < 128) return std::numeric_limits<double>::quiet_NaN();  // a whole block
        return 1000.0 * static_cast<double>(f) + 10.0 * static_cast<double>(i) + static_cast<double>(d) / 3.0;
    };
    FeatureBlockWriter writer =
        results.featureWriter(run, {institutions[0].id, institutions[1].id, institutions[2].id}, features);
    std::int64_t finite = 0;
    for (std::size_t d = 0; d < days.size(); ++d) {
        writer.beginDay(days[d]);
        for (std::size_t f = 0; f < 2; ++f)
            for (std::size_t i = 0; i < 3; ++i) {
                writer.set(f, i, expected(f, i, d));
                finite += std::isfinite(expected(f, i, d));
            }
    }
    writer.finish();
    results.finishRun(run, "done");
    QCOMPARE(writer.values(), finite);
    QCOMPARE(results.runDays(run), days);

    for (std::size_t f = 0; f < 2; ++f) {
        const FeatureMatrix m = results.featureMatrix(run, features[f]);
        QCOMPARE(m.institutions.size(), std::size_t(3));
        QCOMPARE(m.days, days);
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t d = 0; d < days.size(); ++d) {
                const double want = expected(f, i, d);
                if (std::isnan(want))
                    QVERIFY(std::isnan(m.at(i, d)));
                else
                    QCOMPARE(m.at(i, d), want);
            }
    }
    const auto series = results.institutionSeries(run, institutions[2].id);
    std::size_t finiteDays = 0;
    for (std::size_t d = 0; d < days.size(); ++d) finiteDays += std::isfinite(expected(1, 2, d));
    QCOMPARE(finiteDays, std::size_t(74));  // days 0-63 and 128-149 without the gaps (d % 7 == 1)
    QCOMPARE(series.at(features[1]).size(), finiteDays);
    for (const DatedValue& v : series.at(features[1])) {
        const std::size_t d = static_cast<std::size_t>(std::find(days.begin(), days.end(), v.day) - days.begin());
        QCOMPARE(v.value, expected(1, 2, d));
    }
    const auto on = results.featuresOn(run, days[100]);
    QCOMPARE(on.at(institutions[0].id.value).at(features[1]), expected(1, 0, 100));
    QVERIFY(!on.at(institutions[2].id.value).contains(features[1]));  // the missing block
    QVERIFY(results.featuresOn(run, Date::fromYmd(2024, 1, 1)).empty());

    // The mean of the days from day 120 on, computed independently.
    const auto means = results.featureMeans(run, days[120]);
    double sum = 0;
    int n = 0;
    for (std::size_t d = 120; d < days.size(); ++d)
        if (std::isfinite(expected(0, 1, d))) sum += expected(0, 1, d), ++n;
    QVERIFY(std::abs(means.at(institutions[1].id.value).at(features[0]) - sum / n) < 1e-12);

    // A window inside the run, one feature only: blocks of other features are not read.
    const auto window = results.featureMeans(run, days[60], days[70], {features[1]});
    sum = 0, n = 0;
    for (std::size_t d = 60; d <= 70; ++d)
        if (std::isfinite(expected(1, 0, d))) sum += expected(1, 0, d), ++n;
    QVERIFY(std::abs(window.at(institutions[0].id.value).at(features[1]) - sum / n) < 1e-12);
    QVERIFY(!window.at(institutions[0].id.value).contains(features[0]));
    const auto onlyF0 = results.featuresOn(run, days[100], {features[0]});
    QCOMPARE(onlyF0.at(institutions[2].id.value).size(), std::size_t(1));
}

void TestStore::featureDaysMustAscend() {
    Store s = Store::create(dir_.path("ascend.eagle"));
    s.add(bank("A"));
    ResultStore results(s);
    const RunId run = results.beginRun("profile", "");
    FeatureBlockWriter writer = results.featureWriter(run, {s.institutions()[0].id}, {results.defineFeature("f", "", "")});
    writer.beginDay(Date::fromYmd(2025, 3, 3));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, writer.beginDay(Date::fromYmd(2025, 3, 3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.beginDay(Date::fromYmd(2025, 2, 3)));
    QVERIFY(!writer.accepts(Date::fromYmd(2025, 2, 3)));
    QVERIFY(writer.accepts(Date::fromYmd(2025, 3, 4)));
}

// Version 8 replaced one row per feature value with blocks; old results are dropped (they are
// derived data the next analysis recomputes) and nothing else is touched.
void TestStore::migrationDropsPerValueFeatures() {
    const std::string path = dir_.path("v7.eagle");
    {
        Database db(path, Database::Mode::Create);
        db.exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
        schema::migrate(db, 7);
        db.exec("INSERT INTO institution(code, name, type) VALUES ('OLD1', 'Old Bank', 'large_bank')");
        db.exec("INSERT INTO run(kind, started, status) VALUES ('profile', '2025-01-01', 'done')");
        db.exec("INSERT INTO run(kind, started, status) VALUES ('rules', '2025-01-01', 'done')");
        db.exec("INSERT INTO feature_def(name) VALUES ('money_volume')");
        db.exec("INSERT INTO feature(run_id, feature_id, institution_id, day, value) VALUES (1, 1, 1, 20000, 5.0)");
        db.exec("INSERT INTO peer_feature(run_id, peer_group, feature_id, day, median) VALUES (1, 'x', 1, 20000, 5.0)");
    }
    Store s = Store::open(path);
    QCOMPARE(s.schemaVersion(), schema::latestVersion());
    ResultStore results(s);
    QVERIFY(!results.latestRun("profile"));
    QVERIFY(results.latestRun("rules"));
    QCOMPARE(results.featureDefs().size(), std::size_t(1));
    QCOMPARE(s.institutions().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
