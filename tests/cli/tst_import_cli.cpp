// eagleeye-cli import and export, in-process: a generated market exported table by table and
// imported into a new workspace gives identical rows; problems are reported per line.

#include "Cli.h"
#include "Store.h"
#include "TestSupport.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace eagle;

class TestImportCli : public QObject {
    Q_OBJECT
private slots:
    void exportThenImportGivesIdenticalRows();
    void importsTradesAndReportsProblems();
    void exportWritesBomAndRefusesToOverwrite();
    void rejectsBadUsage_data();
    void rejectsBadUsage();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }
    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
};

void TestImportCli::exportThenImportGivesIdenticalRows() {
    const std::string source = dir_.path("source.eagle");
    QCOMPARE(run({"generate", "--institutions", "40", "--days", "15", "--seed", "11", "--out", source}), 0);
    const std::string copy = dir_.path("copy.eagle");
    // Parents before children: the order the foreign keys need.
    for (const char* table : {"institution", "relation", "instrument", "scenario", "trade", "market_daily",
                              "balance_daily", "risk_event"}) {
        const std::string csv = dir_.path((std::string(table) + ".csv").c_str());
        QVERIFY2(run({"export", source, "--table", table, "--out", csv}) == 0, err_.str().c_str());
        QVERIFY2(run({"import", copy, csv, "--kind", "table", "--table", table}) == 0, err_.str().c_str());
        QVERIFY2(out_.str().find(" 0 rejected") != std::string::npos, out_.str().c_str());
    }
    Store a = Store::openReadOnly(source);
    Store b = Store::openReadOnly(copy);
    QCOMPARE(b.contentHash(), a.contentHash());
    std::int64_t trades = 0;
    for (const auto& c : b.tableCounts())
        if (c.table == "trade") trades = c.rows;
    QVERIFY(trades > 1000);
}

void TestImportCli::importsTradesAndReportsProblems() {
    const std::string ws = dir_.path("trades.eagle");
    const std::string institutions = dir_.path("institutions.csv");
    write(institutions, "code,name,type\nA,Alpha,large_bank\nB,Beta,fund\n");
    QCOMPARE(run({"import", ws, institutions, "--kind", "institutions"}), 0);
    const std::string trades = dir_.path("trades.csv");
    write(trades, "成交编号;成交日期;交易品种;买方;卖方;成交金额\nT1;2025-01-02;回购;A;B;1.000.000,00\nT2;2025-01-02;回购;A;Z;5\n");
    const std::string mapping = dir_.path("m.json");
    write(mapping, R"({"name": "decimal comma", "thousands": "."})");
    QCOMPARE(run({"import", ws, trades, "--kind", "trades", "--mapping", mapping}), 1);
    QVERIFY2(err_.str().find("trades.csv: line 3, column 卖方: unknown institution code 'Z'") != std::string::npos,
             err_.str().c_str());
    QVERIFY(out_.str().find("nothing imported (all or nothing)") != std::string::npos);
    const std::string problems = dir_.path("problems.csv");
    QCOMPARE(run({"import", ws, trades, "--kind", "trades", "--mapping", mapping, "--accept-valid", "--problems",
                  problems}),
             0);
    QVERIFY2(out_.str().find("2 rows read, 1 imported, 1 rejected") != std::string::npos, out_.str().c_str());
    std::ifstream p(problems);
    std::stringstream text;
    text << p.rdbuf();
    QVERIFY(text.str().find(",3,\"卖方\",\"unknown institution code 'Z'\"") != std::string::npos);
    QCOMPARE(run({"import", ws, trades, "--kind", "trades", "--mapping", mapping, "--accept-valid"}), 0);
    QVERIFY(out_.str().find("already imported (import 2), nothing changed") != std::string::npos);
    const std::string quarantine = dir_.path("quarantine.csv");
    QCOMPARE(run({"export", ws, "--table", "quarantine", "--out", quarantine}), 0);
    std::ifstream q(quarantine);
    std::stringstream qtext;
    qtext << q.rdbuf();
    QVERIFY2(qtext.str().find("3,卖方,unknown institution code 'Z',T2;2025-01-02;回购;A;Z;5") != std::string::npos,
             qtext.str().c_str());
}

void TestImportCli::exportWritesBomAndRefusesToOverwrite() {
    const std::string ws = dir_.path("bom.eagle");
    const std::string institutions = dir_.path("i.csv");
    write(institutions, "code,name,name_zh,type\nA,\"Alpha, Ltd\",甲,large_bank\n");
    QCOMPARE(run({"import", ws, institutions, "--kind", "institutions"}), 0);
    const std::string out = dir_.path("out.csv");
    QCOMPARE(run({"export", ws, "--table", "institution", "--out", out, "--bom"}), 0);
    std::ifstream in(out, std::ios::binary);
    std::string first;
    std::getline(in, first);
    QVERIFY(first.rfind("\xEF\xBB\xBFid,code,name,name_zh,type", 0) == 0);
    std::string row;
    std::getline(in, row);
    QCOMPARE(row, std::string("1,A,\"Alpha, Ltd\",甲,large_bank,\"\",,\"\",0,0,\"\""));
    QCOMPARE(run({"export", ws, "--table", "institution", "--out", out}), 1);
    QVERIFY(err_.str().find("already exists") != std::string::npos);
}

void TestImportCli::rejectsBadUsage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{"import", "WS"} << 2 << "at least one FILE";
    QTest::newRow("no kind") << QStringList{"import", "WS", "f.csv"} << 2 << "missing required option --kind";
    QTest::newRow("bad kind") << QStringList{"import", "WS", "f.csv", "--kind", "trade_things"} << 2 << "unknown --kind";
    QTest::newRow("bad encoding") << QStringList{"import", "WS", "f.csv", "--kind", "trades", "--encoding", "latin9"}
                                  << 2 << "unknown --encoding";
    QTest::newRow("no mapping") << QStringList{"import", "WS", "f.csv", "--kind", "trades", "--mapping", "nope"} << 1
                                << "no mapping 'nope'";
    QTest::newRow("missing file") << QStringList{"import", "WS", "/nonexistent.csv", "--kind", "trades"} << 1
                                  << "cannot open the file";
    QTest::newRow("unknown table") << QStringList{"export", "WS", "--table", "nope", "--out", "x.csv"} << 1
                                   << "no table 'nope'";
    QTest::newRow("export no out") << QStringList{"export", "WS", "--table", "trade"} << 2
                                   << "missing required option --out";
}

void TestImportCli::rejectsBadUsage() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const std::string ws = dir_.path("usage.eagle");
    if (!QFile::exists(QString::fromStdString(ws))) Store::create(ws);
    std::vector<std::string> argv;
    for (const QString& a : args) argv.push_back(a == "WS" ? ws : a.toStdString());
    QCOMPARE(run(argv), code);
    QVERIFY2(QString::fromStdString(err_.str()).contains(message), err_.str().c_str());
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
