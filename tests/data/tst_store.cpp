// The workspace store: round trips, migrations, refusing files that are not workspaces.

#include "Database.h"
#include "ResultStore.h"
#include "Schema.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTest>

#include <fstream>

using namespace eagle;

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void roundTripsEveryTable();
    void migratesFromPreviousVersion();
    void refusesFilesThatAreNotWorkspaces();
    void rollsBackUncommittedTransaction();
    void enforcesForeignKeys();
    void hashChangesWithContent();

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
    results.writeFeature(run, feature, s.institutions()[0].id, Date::fromYmd(2025, 1, 2), 42.0);
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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
