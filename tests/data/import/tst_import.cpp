// Importing files: every entity, Chinese headers in GBK, the two modes, quarantine, idempotent
// re-import, cancel, and a corpus of bad files that each give their precise error and leave the
// workspace exactly as it was.

#include "Database.h"
#include "FixTestMessages.h"
#include "ImportLog.h"
#include "ImportSession.h"
#include "ImportTestFiles.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTest>

#include <random>

using namespace eagle;

namespace {
const std::string kTradeHeader =
    "trade_id,trade_date,trade_time,product,instrument,buyer,seller,price,rate,quantity,notional_cny,tenor_days,"
    "settle_date,status\n";
const std::string kGoodTrade = "T1,2025-01-02,09:30:00,repo,,ICBC,CMB,0,1.85,\"50,000,000\",\"50,000,000\",7,2025-01-02,done\n";

Store seeded(const std::string& path) {
    Store s = Store::create(path);
    for (const char* code : {"ICBC", "CMB", "CITIC"}) {
        Institution i;
        i.code = code;
        i.name = std::string(code) + " Bank";
        i.type = InstitutionType::JointStockBank;
        s.add(i);
    }
    s.add(Instrument{InstrumentId(), "CGB10Y", Market::Bond, "government", std::nullopt, "AAA", "CNY", std::nullopt});
    s.add(MarketDaily{"CGB10Y", Date::fromYmd(2025, 1, 2), 100.0, 1.7});
    return s;
}

struct Snapshot {
    std::string hash;
    std::vector<std::pair<std::string, std::int64_t>> counts;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(Store& s) {
    Snapshot out{s.contentHash(), {}};
    for (const auto& c : s.tableCounts()) out.counts.emplace_back(c.table, c.rows);
    return out;
}

struct TradeRow {
    std::string ref, product;
    double price, quantity, notional;
    std::int64_t buyer, seller, ts, settle;
};

std::vector<TradeRow> trades(Store& s) {
    Statement q = s.database().prepare(
        "SELECT trade_ref, product, price, quantity, notional_cny, buyer_id, seller_id, ts, settle_day FROM trade "
        "ORDER BY id");
    std::vector<TradeRow> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.real(2), q.real(3), q.real(4), q.int64(5), q.int64(6), q.int64(7),
                       q.int64(8)});
    return out;
}
}  // namespace

class TestImport : public QObject {
    Q_OBJECT
private slots:
    void importsGbkFileWithChineseHeaders();
    void badFilesGiveTheirErrorAndChangeNothing_data();
    void badFilesGiveTheirErrorAndChangeNothing();
    void acceptValidQuarantinesRejectedRows();
    void reimportingTheSameFileChangesNothing();
    void cancelledImportChangesNothing();
    void importsEveryEntity();
    void importsFixTradeCaptureReports();
    void mappingsSaveAndLoad();

private:
    ImportReport import(Store& s, const std::string& bytes, ImportOptions options = {}, const char* name = "in.csv") {
        const std::string path = dir_.path(name);
        test::writeFile(path, bytes);
        return ImportSession(s, std::move(options)).run(path);
    }
    test::TestWorkspace dir_;
};

void TestImport::importsGbkFileWithChineseHeaders() {
    Store s = seeded(dir_.path("gbk.eagle"));
    const std::string text =
        "成交编号,成交日期,成交时间,交易品种,债券代码,买方,卖方,净价,到期收益率,券面总额,成交金额,结算日期\r\n"
        "C1,2025-01-02,14:00:00,现券买卖,CGB10Y,ICBC,CITIC,99.8,1.72,\"20,000,000\",\"19,960,000\",2025-01-03\r\n"
        "C2,20250102,14:05:00,质押式回购,,CITIC,ICBC,,1.9,,\"30,000,000\",2025/01/02\r\n";
    const ImportReport r = import(s, test::encode(text, "GBK"), {}, "gbk.csv");
    QVERIFY2(r.committed, r.problems.empty() ? r.summary().c_str() : r.problems[0].reason.c_str());
    QCOMPARE(r.format, std::string("gbk, delimiter ','"));
    QCOMPARE(r.rowsImported, 2);
    const auto rows = trades(s);
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].ref, std::string("C1"));
    QCOMPARE(rows[0].product, std::string("bond_cash"));
    QCOMPARE(rows[0].price, 99.8);
    QCOMPARE(rows[0].quantity, 2e7);
    QCOMPARE(rows[0].notional, 1.996e7);
    QCOMPARE(rows[0].buyer, std::int64_t(1));
    QCOMPARE(rows[0].seller, std::int64_t(3));
    const std::int64_t day = Date::fromYmd(2025, 1, 2).daysSinceEpoch();
    QCOMPARE(rows[0].ts, day * 86400 + 14 * 3600);
    QCOMPARE(rows[0].settle, day + 1);
    QCOMPARE(rows[1].product, std::string("repo"));
    QCOMPARE(rows[1].settle, day);
}

void TestImport::badFilesGiveTheirErrorAndChangeNothing_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    const auto csv = [](const std::string& s) { return QByteArray::fromStdString(s); };
    const int Csv = int(ImportFormat::Csv), Fix = int(ImportFormat::Fix);
    const std::string h = kTradeHeader, ok = kGoodTrade;
    QTest::newRow("truncated line") << csv(h + ok + "T2,2025-01-02,10:00:00,repo") << Csv << "" << 3 << ""
                                    << "expected 14 fields, found 4 (truncated line?)";
    QTest::newRow("unbalanced quote")
        << csv(h + ok + "T2,2025-01-02,10:00:00,repo,,ICBC,\"CMB,0,1.8,1,1,7,2025-01-02,done\n") << Csv << "" << 3
        << "7" << "unbalanced quote";
    QTest::newRow("wrong encoding") << csv(h + ok + test::encode("T2,2025-01-02,,回购,,ICBC,CMB,0,1,1,1,1,,\n", "GBK"))
                                    << Csv << "utf-8" << 3 << "" << "not valid utf-8 text (bytes 0xBB 0xD8";
    QTest::newRow("missing column") << csv("trade_id,trade_date,product,buyer,notional_cny\nT1,2025-01-02,repo,ICBC,1\n")
                                    << Csv << "" << 1 << "" << "missing column for required field 'seller'";
    QTest::newRow("huge field") << csv(h + ok + "T2,2025-01-02,,repo,,ICBC,CMB,0,1,1,1,1,," + std::string(1100000, 'x') + "\n")
                                << Csv << "" << 3 << "14" << "field longer than 1048576 bytes";
    QTest::newRow("empty file") << QByteArray() << Csv << "" << 0 << "" << "the file is empty";
    std::mt19937 random(7);
    std::string garbage(5000, '\0');
    for (char& c : garbage) c = static_cast<char>(random());
    QTest::newRow("binary garbage") << csv(garbage) << Csv << "" << 1 << "" << "binary data, not text (NUL byte";
    QTest::newRow("unknown institution") << csv(h + ok + "T2,2025-01-02,,repo,,XYZ,CMB,0,1.8,1,1,7,,\n") << Csv << ""
                                         << 3 << "buyer" << "unknown institution code 'XYZ'";
    QTest::newRow("unknown instrument") << csv(h + "T2,2025-01-02,,bond_cash,CGB99,ICBC,CMB,100,1.8,1,1,0,,\n") << Csv
                                        << "" << 2 << "instrument" << "unknown instrument code 'CGB99'";
    QTest::newRow("wrong type") << csv(h + ok + "T2,2025-01-02,,repo,,ICBC,CMB,0,1.8,1,abc,7,,\n") << Csv << "" << 3
                                << "notional_cny" << "'abc' is not a number";
    QTest::newRow("bad date") << csv(h + "T2,2025-13-01,,repo,,ICBC,CMB,0,1.8,1,1,7,,\n") << Csv << "" << 2
                              << "trade_date" << "'2025-13-01' is not a date";
    QTest::newRow("negative notional") << csv(h + "T2,2025-01-02,,repo,,ICBC,CMB,0,1.8,1,-5,7,,\n") << Csv << "" << 2
                                       << "notional_cny" << "negative notional";
    QTest::newRow("settlement before trade") << csv(h + "T2,2025-01-02,,repo,,ICBC,CMB,0,1.8,1,5,7,2025-01-01,\n")
                                             << Csv << "" << 2 << "settle_date"
                                             << "settlement before trade (2025-01-01 < 2025-01-02)";
    QTest::newRow("price off range") << csv(h + "T2,2025-01-02,,bond_cash,CGB10Y,ICBC,CMB,112.5,1.8,1,1,0,,\n") << Csv
                                     << "" << 2 << "price"
                                     << "price 112.5 is 12.5% off the day's reference 100 for CGB10Y (tolerance 5.0%)";
    QTest::newRow("duplicate trade id") << csv(h + ok + ok) << Csv << "" << 3 << "trade_id"
                                        << "duplicate trade id 'T1'";
    QTest::newRow("same buyer and seller") << csv(h + "T2,2025-01-02,,repo,,CMB,CMB,0,1.8,1,1,7,,\n") << Csv << "" << 2
                                           << "seller" << "buyer and seller are the same institution";
    const std::string fix = test::fixMessage({{35, "AE"}, {571, "F1"}, {75, "20250102"}, {10176, "9"}, {552, "2"},
                                              {54, "1"}, {453, "1"}, {448, "ICBC"}, {452, "1"}, {54, "2"}, {453, "1"},
                                              {448, "CMB"}, {452, "1"}, {381, "1000000"}, {227, "1.8"}},
                                             '|');
    std::string badSum = fix;
    badSum.replace(badSum.size() - 4, 3, badSum.substr(badSum.size() - 4, 3) == "000" ? "001" : "000");
    QTest::newRow("fix bad checksum") << csv(fix + "\n" + badSum + "\n") << Fix << "" << 2 << "10"
                                      << "does not match the message (computed";
    std::string badLength = fix;
    badLength.replace(badLength.find("|9=") + 3, 1, "9");
    QTest::newRow("fix bad length") << csv(badLength + "\n") << Fix << "" << 1 << "9" << "BodyLength 9";
    QTest::newRow("fix truncated") << csv(fix + "\n" + fix.substr(0, fix.size() / 2)) << Fix << "" << 2 << "10"
                                   << "truncated message: no CheckSum (10) field";
    QTest::newRow("fix not fix") << csv("hello world\n") << Fix << "" << 1 << "8" << "not a FIX file";
}

void TestImport::badFilesGiveTheirErrorAndChangeNothing() {
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, encoding);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const std::string path = dir_.path((std::string(QTest::currentDataTag()) + ".eagle").c_str());
    Store s = seeded(path);
    const Snapshot before = snapshot(s);
    ImportOptions options;
    options.format = ImportFormat(format);
    if (!encoding.isEmpty()) options.mapping.encoding = parseEncoding(encoding.toStdString());
    ImportProblem problem;
    try {
        const ImportReport r = import(s, bytes.toStdString(), options);
        QVERIFY2(!r.committed && !r.problems.empty(), r.summary().c_str());
        problem = r.problems.front();
    } catch (const ImportError& e) {
        problem = e.problem();
    }
    QVERIFY2(QString::fromStdString(problem.reason).contains(reason), problem.reason.c_str());
    QCOMPARE(problem.line, std::int64_t(line));
    QCOMPARE(QString::fromStdString(problem.column), column);
    QVERIFY(snapshot(s) == before);
}

void TestImport::acceptValidQuarantinesRejectedRows() {
    Store s = seeded(dir_.path("accept.eagle"));
    const std::string bad = "T2,2025-01-02,,repo,,XYZ,CMB,0,1.8,1,1,7,,\n";
    const std::string late = "T3,2025-01-02,,repo,,ICBC,CMB,0,1.8,1,-1,7,,\n";
    ImportOptions options;
    options.acceptValid = true;
    const ImportReport r = import(s, kTradeHeader + kGoodTrade + bad + late +
                                         "T4,2025-01-02,11:00,lending,,CITIC,CMB,,2.1,,8000000,1,,\n", options);
    QVERIFY(r.committed);
    QCOMPARE(r.rowsRead, 4);
    QCOMPARE(r.rowsImported, 2);
    QCOMPARE(r.rowsRejected, 2);
    QCOMPARE(trades(s).size(), std::size_t(2));
    ImportLog log(s.database());
    const auto history = log.history();
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history[0].rowsImported, 2);
    QCOMPARE(history[0].mode, std::string("accept_valid"));
    QCOMPARE(history[0].contentHash, r.contentHash);
    const auto q = log.quarantined(history[0].id);
    QCOMPARE(q.size(), std::size_t(2));
    QCOMPARE(q[0].problem.line, 3);
    QCOMPARE(q[0].problem.column, std::string("buyer"));
    QCOMPARE(q[0].record + "\n", bad);
    QCOMPARE(q[1].problem.line, 4);
    QCOMPARE(q[1].problem.reason, std::string("negative notional"));
}

void TestImport::reimportingTheSameFileChangesNothing() {
    Store s = seeded(dir_.path("again.eagle"));
    const std::string file = kTradeHeader + kGoodTrade;
    QVERIFY(import(s, file).committed);
    const Snapshot after = snapshot(s);
    const ImportReport again = import(s, file, {}, "copy.csv");
    QVERIFY(again.alreadyImported);
    QVERIFY(!again.committed);
    QCOMPARE(again.previousImport, std::int64_t(1));
    QVERIFY(snapshot(s) == after);
    // The same trade in another file is a duplicate, not a silent second copy.
    const ImportReport other = import(s, kTradeHeader + kGoodTrade + "\n", {}, "other.csv");
    QVERIFY(!other.committed);
    QVERIFY(other.problems.at(0).reason.find("duplicate trade id 'T1'") == 0);
    QVERIFY(snapshot(s) == after);
}

void TestImport::cancelledImportChangesNothing() {
    Store s = seeded(dir_.path("cancel.eagle"));
    std::string file = kTradeHeader;
    for (int i = 0; i < 100000; ++i)
        file += "X" + std::to_string(i) + ",2025-01-02,,repo,,ICBC,CMB,0,1.8,1,100,7,,\n";
    const std::string path = dir_.path("many.csv");
    test::writeFile(path, file);
    const Snapshot before = snapshot(s);
    std::stop_source stop;
    int calls = 0;
    const auto progress = [&](double, const std::string&) {
        if (++calls == 2) stop.request_stop();
    };
    QVERIFY_THROWS_EXCEPTION(Cancelled, ImportSession(s, {}).run(path, progress, stop.get_token()));
    QVERIFY(snapshot(s) == before);
    const ImportReport r = ImportSession(s, {}).run(path);  // and it imports when not cancelled
    QCOMPARE(r.rowsImported, 100000);
}

void TestImport::importsEveryEntity() {
    Store s = Store::create(dir_.path("entities.eagle"));
    const auto run = [&](EntityKind kind, const std::string& bytes, Mapping mapping = {}) {
        ImportOptions o;
        o.kind = kind;
        o.mapping = std::move(mapping);
        const ImportReport r = import(s, bytes, o, (std::string(nameOf(kind)) + ".csv").c_str());
        if (!r.committed) qWarning("%s", r.problems.empty() ? r.summary().c_str() : describe(r.file, r.problems[0]).c_str());
        return r;
    };
    QVERIFY(run(EntityKind::Institutions,
                test::encode("机构代码;机构名称;中文名称;机构类型;总资产;母公司\nA1;Alpha Bank;甲银行;城市商业银行;1.000.000;\n"
                             "A2;Alpha Securities;甲证券;securities_firm;500;A1\n", "GB18030"),
                Mapping::fromJson(R"({"thousands": "."})"))
                .committed);
    const auto institutions = s.institutions();
    QCOMPARE(institutions.size(), std::size_t(2));
    QCOMPARE(institutions[0].nameZh, std::string("甲银行"));
    QCOMPARE(institutions[0].type, InstitutionType::CityCommercialBank);
    QCOMPARE(institutions[0].totalAssets, 1e6);
    QVERIFY(institutions[1].parent && *institutions[1].parent == institutions[0].id);
    QVERIFY(run(EntityKind::Relations, "src\tdst\tkind\tshare\tvalid_from\nA1\tA2\t控股\t60%\t20240101\n").committed);
    QCOMPARE(s.relations().at(0).share, 0.6);
    QCOMPARE(s.relations().at(0).kind, RelationKind::Ownership);
    QVERIFY(run(EntityKind::Instruments, "code,market,kind,issuer,maturity\n240001,债券,government,,2034-01-15\n").committed);
    QCOMPARE(s.instruments().at(0).maturity->toString(), std::string("2034-01-15"));
    // A wide file: one column per series, N/A where a value is missing.
    QVERIFY(run(EntityKind::MarketDaily, "Date,USD,CNY,\n2025-05-09,1.1252,8.147,\n2025-05-08,N/A,8.1,\n",
                Mapping::fromJson(R"({"fields": {"day": "Date"}, "unpivot": {"series": "EUR{column}"}})"))
                .committed);
    QCOMPARE(s.marketSeriesNames(), (std::vector<std::string>{"EURCNY", "EURUSD"}));
    QCOMPARE(s.marketSeries("EURCNY").size(), std::size_t(2));
    QCOMPARE(s.marketSeries("EURUSD").at(0).close, 1.1252);
    const ImportReport balance = run(EntityKind::BalanceDaily,
                                     "code,date,assets,liquid_assets,equity\nA1,2025-01-02,1000,200,80\n");
    QVERIFY(balance.committed);
    Statement b = s.database().prepare("SELECT liabilities FROM balance_daily");
    QVERIFY(b.step());
    QCOMPARE(b.real(0), 920.0);  // assets - equity
    QVERIFY(run(EntityKind::RiskEvents, "机构代码,日期,事件类型,严重程度\nA2,2025-01-03,liquidity_squeeze,0.7\n").committed);
    QCOMPARE(s.riskEvents().at(0).kind, std::string("liquidity_squeeze"));
    QCOMPARE(s.riskEvents().at(0).source, std::string("observed"));
}

void TestImport::importsFixTradeCaptureReports() {
    Store s = seeded(dir_.path("fix.eagle"));
    // A bond trade reported by the seller side (contra firm = the buyer), UTC 06:30 = 14:30 Beijing.
    const std::string bond = test::fixMessage({{35, "AE"}, {571, "CFETS-001"}, {60, "20250102-06:30:00.000"},
                                               {10176, "4"}, {55, "CGB10Y"}, {31, "100.25"}, {32, "10000000"},
                                               {236, "1.69"}, {64, "20250103"}, {552, "1"}, {54, "2"}, {453, "2"},
                                               {448, "CITIC"}, {452, "1"}, {448, "ICBC"}, {452, "17"}},
                                              '\x01');
    const std::string repo = test::fixMessage({{35, "AE"}, {571, "CFETS-002"}, {75, "20250102"}, {60, "20250102-01:00:00"},
                                               {10176, "9"}, {227, "1.85"}, {226, "7"}, {381, "50000000"}, {552, "2"},
                                               {54, "1"}, {453, "1"}, {448, "CMB"}, {452, "1"}, {54, "2"}, {453, "1"},
                                               {448, "ICBC"}, {452, "1"}},
                                              '\x01');
    const std::string heartbeat = test::fixMessage({{35, "0"}}, '\x01');
    ImportOptions o;
    o.format = ImportFormat::Fix;
    const ImportReport r = import(s, bond + heartbeat + "\n" + repo + "\n", o, "trades.fix");
    QVERIFY2(r.committed, r.problems.empty() ? r.summary().c_str() : r.problems[0].reason.c_str());
    QCOMPARE(r.rowsImported, 2);
    const auto rows = trades(s);
    QCOMPARE(rows[0].ref, std::string("CFETS-001"));
    QCOMPARE(rows[0].product, std::string("bond_cash"));
    QCOMPARE(rows[0].buyer, std::int64_t(1));   // ICBC, the contra firm of the sell side
    QCOMPARE(rows[0].seller, std::int64_t(3));  // CITIC
    QCOMPARE(rows[0].notional, 10025000.0);     // price per 100 face x quantity
    const std::int64_t day = Date::fromYmd(2025, 1, 2).daysSinceEpoch();
    QCOMPARE(rows[0].ts, day * 86400 + 14 * 3600 + 30 * 60);
    QCOMPARE(rows[0].settle, day + 1);
    QCOMPARE(rows[1].product, std::string("repo"));
    QCOMPARE(rows[1].buyer, std::int64_t(2));  // CMB lends: side 1 provides cash
    QCOMPARE(rows[1].notional, 5e7);
    // Re-sending a report (same TradeReportID) in another file is a duplicate.
    const ImportReport again = import(s, repo, o, "again.fix");
    QVERIFY(!again.committed);
    QCOMPARE(again.problems.at(0).column, std::string("TradeReportID(571)"));
}

void TestImport::mappingsSaveAndLoad() {
    const Mapping m = Mapping::fromJson(R"({
        "name": "test", "kind": "trades", "encoding": "gbk", "delimiter": "\\t", "thousands": " ",
        "fields": {"trade_id": {"template": "X-{id}"}, "product": {"value": "repo"},
                   "notional_cny": {"column": "amount", "scale": 1000000}, "trade_date": {"column": "step", "base_date": "2025-01-01"},
                   "buyer": "src"},
        "filters": [{"column": "ok", "equals": ["True", "1"]}]})");
    QCOMPARE(m.delimiter.value(), '\t');
    QCOMPARE(m.fields.at("notional_cny").scale, 1e6);
    QCOMPARE(m.fields.at("buyer").column, std::string("src"));
    const std::string path = dir_.path("m.json");
    m.save(path);
    const Mapping back = Mapping::load(path);
    QCOMPARE(back.toJson(), m.toJson());
    QCOMPARE(back.fields.at("trade_date").baseDate->toString(), std::string("2025-01-01"));
    QCOMPARE(back.filters.at(0).equals.size(), std::size_t(2));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Mapping::fromJson(R"({"feilds": {}})"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, Mapping::fromJson("{not json"));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
