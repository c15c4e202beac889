// Real public files that nobody here designed (../shared/realdata), imported with the mappings
// shipped in resources/mappings. Skipped when the data is not beside the clone.

#include "ImportSession.h"
#include "MappingCatalog.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTest>

#include <filesystem>

using namespace eagle;

class TestRealData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void chinabondCurveAndEcbRates();
    void ebaBanksAndBalanceSheets();
    void amlsimTransactionsAndLabels();

private:
    ImportReport run(Store& store, const char* file, const char* mapping, bool acceptValid = false) {
        ImportOptions o;
        o.mapping = MappingCatalog(EAGLEEYE_MAPPINGS_DIR, nullptr).resolve(mapping);
        o.kind = *parseEntityKind(o.mapping.kind);
        o.acceptValid = acceptValid;
        const ImportReport r = ImportSession(store, o).run(std::string(EAGLEEYE_REALDATA_DIR) + "/" + file);
        if (!r.problems.empty()) qWarning("%s", describe(file, r.problems.front()).c_str());
        return r;
    }
    double close(Store& s, const std::string& series, Date day) {
        for (const auto& m : s.marketSeries(series))
            if (m.day == day) return m.close;
        return -1;
    }
    test::TestWorkspace dir_;
};

void TestRealData::initTestCase() {
    if (!std::filesystem::exists(EAGLEEYE_REALDATA_DIR)) QSKIP("../shared/realdata is not available");
}

void TestRealData::chinabondCurveAndEcbRates() {
    Store s = Store::create(dir_.path("market.eagle"));
    const ImportReport curve = run(s, "chinabond_treasury_curve/chinabond_govt_curve_long_2002_2016.csv", "chinabond_curve");
    QVERIFY(curve.committed);
    QCOMPARE(curve.rowsImported, 73546);
    QCOMPARE(close(s, "CGB_0d", Date::fromYmd(2013, 6, 20)), 11.9604);  // the June 2013 cash crunch
    QCOMPARE(close(s, "CGB_10y", Date::fromYmd(2015, 6, 30)), 3.5976);
    const ImportReport ecb = run(s, "ecb_eurofxref/eurofxref-hist.csv", "ecb_eurofxref");
    QVERIFY(ecb.committed);
    QCOMPARE(ecb.rowsImported, 210545);  // every quoted cell; N/A and the empty last column skipped
    QCOMPARE(close(s, "EURCNY", Date::fromYmd(2015, 12, 31)), 7.0608);
    QCOMPARE(s.marketSeries("EURCNY").front().day, Date::fromYmd(2005, 4, 1));
}

void TestRealData::ebaBanksAndBalanceSheets() {
    Store s = Store::create(dir_.path("eba.eagle"));
    QVERIFY(run(s, "eba_2016_2018_inet/EBA_2016_evaluated.csv", "eba_2016_banks").committed);
    QVERIFY(run(s, "eba_2016_2018_inet/EBA_2016_evaluated.csv", "eba_2016_balance").committed);
    const auto banks = s.institutions();
    QCOMPARE(banks.size(), std::size_t(51));
    QCOMPARE(banks[0].code, std::string("AT01"));
    QCOMPARE(banks[0].totalAssets, 210081.01 * 7060800);
    QCOMPARE(banks[0].type, InstitutionType::ForeignBank);
    std::int64_t balances = 0;
    for (const auto& c : s.tableCounts())
        if (c.table == "balance_daily") balances = c.rows;
    QCOMPARE(balances, std::int64_t(51));
}

void TestRealData::amlsimTransactionsAndLabels() {
    Store s = Store::create(dir_.path("aml.eagle"));
    QVERIFY(run(s, "aml_synthetic/amlsimext_nodes.csv", "amlsim_accounts").committed);
    const ImportReport trades = run(s, "aml_synthetic/amlsimext_edges.csv", "amlsim_trades");
    QVERIFY(trades.committed);
    QCOMPARE(trades.rowsImported, 14662);
    const ImportReport labels = run(s, "aml_synthetic/amlsimext_edges.csv", "amlsim_labels");
    QVERIFY(labels.committed);
    QCOMPARE(labels.rowsImported, 474);
    QCOMPARE(labels.rowsSkipped, 14662 - 474);
    QCOMPARE(s.riskEvents().front().source, std::string("observed"));
    QVERIFY(s.riskEvents().front().kind.rfind("aml_", 0) == 0);
}

QTEST_GUILESS_MAIN(TestRealData)
#include "tst_realdata.moc"
