// The streaming CSV reader, encodings and field parsing: what a file says is what comes out.

#include "CsvReader.h"
#include "Encoding.h"
#include "FieldParse.h"
#include "ImportTestFiles.h"
#include "TestSupport.h"
#include "TextDecoder.h"

#include <QTest>

#include <sstream>

using namespace eagle;

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void readsQuotedFieldsAcrossLines();
    void detectsDelimiters_data();
    void detectsDelimiters();
    void detectsEncodings_data();
    void detectsEncodings();
    void decodesCharactersSplitBetweenChunks();
    void streamsLargeFilesWithCorrectLineNumbers();
    void readsTheSameWhateverTheChunkSize();
    void recordOverTheLimitStopsTheRead();
    void parsesNumbersAndDates_data();
    void parsesNumbersAndDates();

private:
    std::vector<std::vector<std::string>> readAll(const std::string& bytes, CsvOptions options = {}) {
        const std::string path = dir_.path("r.csv");
        test::writeFile(path, bytes);
        CsvReader reader(path, options);
        std::vector<std::vector<std::string>> rows;
        CsvRecord r;
        while (reader.next(r)) rows.emplace_back(r.fields.begin(), r.fields.end());
        return rows;
    }
    test::TestWorkspace dir_;
};

void TestCsvReader::readsQuotedFieldsAcrossLines() {
    const std::string path = dir_.path("q.csv");
    test::writeFile(path, "a,b,c\r\n1,\"x, \"\"quoted\"\"\ny\",3\r\n\r\n\"\",,\"last\"");
    CsvReader reader(path, {});
    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 1);
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 2);
    QCOMPARE(r.fields.size(), std::size_t(3));
    QCOMPARE(std::string(r.fields[1]), std::string("x, \"quoted\"\ny"));
    QCOMPARE(std::string(r.fields[2]), std::string("3"));
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, 5);  // the blank line 4 is skipped
    QCOMPARE(r.fields.size(), std::size_t(3));
    QVERIFY(r.fields[0].empty() && r.quoted[0] && !r.quoted[1]);  // "" is empty text, not absent
    QCOMPARE(std::string(r.fields[2]), std::string("last"));
    QVERIFY(!reader.next(r));
}

void TestCsvReader::detectsDelimiters_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("delimiter");
    QTest::newRow("comma") << "a,b;c,d\n1,2;3,4\n" << int(',');
    QTest::newRow("semicolon") << "a;b;c\n1,5;2;3\n" << int(';');
    QTest::newRow("tab") << "a\tb\tc\n1\t2\t3\n" << int('\t');
    QTest::newRow("pipe") << "a|b|c\n1|2|3\n" << int('|');
    QTest::newRow("quoted commas") << "\"a,b,c\";d;e\n1;2;3\n" << int(';');
}

void TestCsvReader::detectsDelimiters() {
    QFETCH(QString, text);
    QFETCH(int, delimiter);
    const std::string path = dir_.path("d.csv");
    test::writeFile(path, text.toStdString());
    CsvReader reader(path, {});
    QCOMPARE(int(reader.delimiter()), delimiter);
    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.fields.size(), std::size_t(3));
}

void TestCsvReader::detectsEncodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const std::string text = "成交日期,买方,卖方,券面总额\n2025-01-02,工商银行,招商银行,1000\n";
    QTest::newRow("utf-8") << QByteArray::fromStdString(text) << "utf-8";
    QTest::newRow("utf-8 bom") << QByteArray::fromStdString("\xEF\xBB\xBF" + text) << "utf-8";
    QTest::newRow("gbk") << QByteArray::fromStdString(test::encode(text, "GBK")) << "gbk";
    // '©' has no two-byte GB code: GB18030 writes it with a four-byte sequence
    QTest::newRow("gb18030") << QByteArray::fromStdString(test::encode(text + "版权©,x,y,1\n", "GB18030"))
                             << "gb18030";
}

void TestCsvReader::detectsEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const std::string path = dir_.path("e.csv");
    test::writeFile(path, bytes.toStdString());
    CsvReader reader(path, {});
    QCOMPARE(QString::fromUtf8(nameOf(reader.encoding()).data()), encoding);
    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(std::string(r.fields[0]), std::string("成交日期"));  // no BOM in the first header
    QVERIFY(reader.next(r));
    QCOMPARE(std::string(r.fields[1]), std::string("工商银行"));
}

void TestCsvReader::decodesCharactersSplitBetweenChunks() {
    const std::string text = "甲乙丙丁戊己庚辛壬癸€";
    for (const char* enc : {"UTF-8", "GBK", "GB18030"}) {
        const std::string bytes = enc == std::string("GBK") ? test::encode("甲乙丙丁戊己庚辛壬癸", enc)
                                                            : test::encode(text, enc);
        const std::string expected = enc == std::string("GBK") ? "甲乙丙丁戊己庚辛壬癸" : text;
        for (std::size_t split = 0; split <= bytes.size(); ++split) {
            TextDecoder decoder(*parseEncoding(enc));
            std::string out;
            QVERIFY(!decoder.decode(std::string_view(bytes).substr(0, split), false, out));
            QVERIFY(!decoder.decode(std::string_view(bytes).substr(split), true, out));
            QCOMPARE(out, expected);
        }
    }
    TextDecoder gbk(Encoding::Gbk);
    std::string out;
    const auto bad = gbk.decode(std::string("ab\xFF\xFF", 4), true, out);
    QVERIFY(bad && *bad == 2);
}

void TestCsvReader::streamsLargeFilesWithCorrectLineNumbers() {
    // Several chunks' worth, with a multi-line quoted field near every chunk boundary.
    std::string bytes = "id,text\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        bytes += std::to_string(i) + (i % 997 == 0 ? ",\"two\nlines 中文\"\n" : ",plain text of the row 中文\n");
    const std::string path = dir_.path("big.csv");
    test::writeFile(path, bytes);
    CsvReader reader(path, {});
    CsvRecord r;
    QVERIFY(reader.next(r));
    std::int64_t line = 2;
    for (int i = 0; i < rows; ++i) {
        QVERIFY(reader.next(r));
        QCOMPARE(std::string(r.fields[0]), std::to_string(i));
        QCOMPARE(r.line, line);
        line += i % 997 == 0 ? 2 : 1;
    }
    QVERIFY(!reader.next(r));
    QCOMPARE(reader.bytesRead(), std::uint64_t(bytes.size()));
    QCOMPARE(reader.contentHash().size(), std::size_t(64));
}

// Quotes, escaped quotes, CRLF and multi-line fields, read in chunks of every size from 1 byte: a
// record or a character split between two chunks comes out as if read at once.
void TestCsvReader::readsTheSameWhateverTheChunkSize() {
    const std::string text = test::encode("编号,\"名称\",备注\r\n1,\"a \"\"b\"\"\",\"two\r\nlines\"\r\n\r\n2,工商银行,\"\"\r\n"
                                          "3,\"x,y\",end",
                                          "GB18030");
    const auto read = [&](std::size_t chunk) {
        CsvOptions options;
        options.chunkBytes = chunk;
        options.encoding = Encoding::Gb18030;
        options.delimiter = ',';
        CsvReader reader(std::make_unique<std::istringstream>(text), text.size(), options);
        std::vector<std::pair<std::int64_t, std::vector<std::string>>> rows;
        CsvRecord r;
        while (reader.next(r)) rows.emplace_back(r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()));
        return rows;
    };
    const auto whole = read(1 << 20);
    QCOMPARE(whole.size(), std::size_t(4));
    QCOMPARE(whole[1].second, (std::vector<std::string>{"1", "a \"b\"", "two\r\nlines"}));
    QCOMPARE(whole[2].first, std::int64_t(5));
    QCOMPARE(whole[2].second[1], std::string("工商银行"));
    QCOMPARE(whole[3].second, (std::vector<std::string>{"3", "x,y", "end"}));
    for (std::size_t chunk = 1; chunk <= 48; ++chunk) QCOMPARE(read(chunk), whole);
}

// A file without line ends is not read whole into memory: a record over the limit is an error.
void TestCsvReader::recordOverTheLimitStopsTheRead() {
    const std::string text = "a,b\n" + std::string(200, ',') + "\n";
    CsvOptions options;
    options.maxRecordBytes = 100;
    options.chunkBytes = 16;
    CsvReader reader(std::make_unique<std::istringstream>(text), text.size(), options);
    CsvRecord r;
    QVERIFY(reader.next(r));
    try {
        reader.next(r);
        QFAIL("a record over the limit was read");
    } catch (const ImportError& e) {
        QCOMPARE(e.problem().line, std::int64_t(2));
        QVERIFY(e.problem().reason.starts_with("record longer than 100 bytes"));
    }
}

void TestCsvReader::parsesNumbersAndDates_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "1234.5" << 1234.5 << true;
    QTest::newRow("thousands") << "1,234,567.89" << 1234567.89 << true;
    QTest::newRow("negative thousands") << "-12,345" << -12345.0 << true;
    QTest::newRow("percent") << "2.5%" << 0.025 << true;
    QTest::newRow("exponent") << "1e6" << 1e6 << true;
    QTest::newRow("decimal comma") << "1.234,5" << 0.0 << false;
    QTest::newRow("bad grouping") << "1,23,4" << 0.0 << false;
    QTest::newRow("text") << "abc" << 0.0 << false;
    QTest::newRow("empty") << "" << 0.0 << false;
}

void TestCsvReader::parsesNumbersAndDates() {
    QFETCH(QString, text);
    QFETCH(double, number);
    QFETCH(bool, valid);
    const auto v = parse::number(text.toStdString());
    QCOMPARE(bool(v), valid);
    if (valid) QCOMPARE(*v, number);
    for (const char* d : {"2025-01-02", "20250102", "2025/01/02", "2025-01-02 09:30:00"})
        QCOMPARE(parse::date(d)->toString(), std::string("2025-01-02"));
    QVERIFY(!parse::date("2025-02-30"));
    QVERIFY(!parse::date("02/01/2025"));
    QCOMPARE(*parse::timeOfDay("09:30:15"), 9 * 3600 + 30 * 60 + 15);
    QCOMPARE(*parse::integer("201512.0"), std::int64_t(201512));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
