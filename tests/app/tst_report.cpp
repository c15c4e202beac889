// The briefing report: eagleeye-cli report in both languages (in-process and as the real binary
// without a display) and File > Briefing report's dialog. Each PDF is checked without Qt: its
// page count, its metadata, and (pdftotext) that its text carries the market-data hash.

#include "AuditLog.h"
#include "BriefingReport.h"
#include "BriefingReportDialog.h"
#include "Cli.h"
#include "JobRunner.h"
#include "PdfInspection.h"
#include "ReportCommand.h"
#include "Store.h"
#include "TestSupport.h"
#include "WorkspaceLoader.h"

#include <QApplication>
#include <QFontDatabase>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sstream>

using namespace eagle;
using eagle::test::pdfFontNames;
using eagle::test::pdfPageCount;
using eagle::test::pdfText;
using eagle::test::readFile;

namespace {

QString xmpValue(const QByteArray& pdf, const char* tag) {
    const QByteArray open = QByteArray("<eagleeye:") + tag + ">", close = QByteArray("</eagleeye:") + tag + ">";
    const qsizetype from = pdf.indexOf(open), to = pdf.indexOf(close);
    return from < 0 || to < from ? QString() : QString::fromUtf8(pdf.mid(from + open.size(), to - from - open.size()));
}

bool hasChineseFont(const QByteArray& pdf) {
    for (const QString& family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        for (const QString& name : pdfFontNames(pdf))
            if (name.contains(QString(family).remove(QLatin1Char(' ')), Qt::CaseInsensitive)) return true;
    return false;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void englishReportInProcess();
    void chineseReportInProcess();
    void binaryRunsWithoutDisplay();
    void usageErrors();
    void dialogWritesReport();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    QString file(const char* name) const { return QString::fromStdString(dir_.path(name)); }

    test::TestWorkspace dir_;
    std::ostringstream out_, err_;
    std::string market_;
    std::string hash_;
    std::vector<std::string> codes_;
    std::string day_;

    AuditEntry lastAuditEntry() const {
        Store store = Store::openReadOnly(market_);
        const auto entries = AuditLog(store.database()).entries();
        return entries.empty() ? AuditEntry{} : entries.back();
    }
};

void TestReport::initTestCase() {
    registerReportCommand();
    market_ = dir_.path("report.eagle");
    QCOMPARE(run({"generate", "--institutions", "30", "--days", "60", "--seed", "11", "--out", market_}), 0);
    QCOMPARE(run({"analyze", market_}), 0);
    QCOMPARE(run({"rules", market_, "--run", EAGLEEYE_RULES_LIBRARY}), 0);
    Store store = Store::openReadOnly(market_);
    hash_ = store.contentHash();
    const auto institutions = store.institutions();
    codes_ = {institutions[0].code, institutions[5].code};
    day_ = store.tradingDays().back().toString();  // a report's day when none is asked for
}

void TestReport::englishReportInProcess() {
    const QString pdf = file("en.pdf");
    QCOMPARE(run({"report", market_, "--institution", codes_[0] + "," + codes_[1], "--lang", "en", "--out",
                  pdf.toStdString()}),
             0);
    QVERIFY(out_.str().find("7 pages") != std::string::npos);
    const QByteArray bytes = readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(bytes), 1 + 2 * BriefingReport::kPagesPerInstitution);
    QCOMPARE(xmpValue(bytes, "contentHash"), QString::fromStdString(hash_));
    QCOMPARE(xmpValue(bytes, "institutions"), QString::fromStdString(codes_[0] + "," + codes_[1]));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils, scripts/packages.txt) reads the report");
    QVERIFY(text.contains(QString::fromStdString(hash_)));
    QVERIFY(text.contains(QStringLiteral("Briefing report")));
    QVERIFY(text.contains(QStringLiteral("Stress test: %1 fails").arg(QString::fromStdString(codes_[1]))));
    QVERIFY(text.contains(QStringLiteral("eagleeye-cli report report.eagle --institution %1,%2")
                              .arg(QString::fromStdString(codes_[0]), QString::fromStdString(codes_[1]))));
    QVERIFY(text.contains(QStringLiteral("Page 7 of 7")));
    // A report carries confidential data out of the workspace: the audit log says so.
    const AuditEntry last = lastAuditEntry();
    QCOMPARE(last.action, std::string("export"));
    QCOMPARE(QString::fromStdString(last.target), pdf);
    QCOMPARE(last.detail, "briefing report on " + codes_[0] + "," + codes_[1] + " as of " + day_ + ": 7 pages");
}

void TestReport::chineseReportInProcess() {
    const QString pdf = file("zh.pdf");
    QCOMPARE(run({"report", market_, "--institution", codes_[0], "--lang", "zh_CN", "--out", pdf.toStdString()}), 0);
    const QByteArray bytes = readFile(pdf);
    QCOMPARE(pdfPageCount(bytes), 1 + BriefingReport::kPagesPerInstitution);
    QCOMPARE(xmpValue(bytes, "contentHash"), QString::fromStdString(hash_));
    QVERIFY2(hasChineseFont(bytes), qPrintable(pdfFontNames(bytes).join(QLatin1Char(' '))));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QString::fromStdString(hash_)));
    QVERIFY2(text.contains(QStringLiteral("简报")), qPrintable(text.left(400)));
    QVERIFY(!text.contains(QStringLiteral("Briefing report")));
    QVERIFY(text.contains(QStringLiteral("--lang zh_CN")));
}

// The installed command on a server: no display, no platform chosen.
void TestReport::binaryRunsWithoutDisplay() {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    cli.setProcessEnvironment(env);
    const QString pdf = file("binary.pdf");
    cli.start(QStringLiteral(EAGLEEYE_CLI_BINARY), {QStringLiteral("report"), QString::fromStdString(market_),
                                                    QStringLiteral("--institution"), QString::fromStdString(codes_[1]),
                                                    QStringLiteral("--lang"), QStringLiteral("en"),
                                                    QStringLiteral("--out"), pdf});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(pdfPageCount(readFile(pdf)), 1 + BriefingReport::kPagesPerInstitution);
    cli.start(QStringLiteral(EAGLEEYE_CLI_BINARY), {QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY(cli.readAllStandardOutput().contains("  report     briefing report"));
}

void TestReport::usageErrors() {
    const std::string pdf = dir_.path("bad.pdf");
    QCOMPARE(run({"report", market_, "--institution", "NOPE01", "--out", pdf}), 2);
    QVERIFY(err_.str().find("no institution with code NOPE01") != std::string::npos);
    QCOMPARE(run({"report", market_, "--institution", codes_[0], "--lang", "fr", "--out", pdf}), 2);
    QCOMPARE(run({"report", market_, "--out", pdf}), 2);
    QCOMPARE(run({"report", dir_.path("missing.eagle"), "--institution", codes_[0], "--out", pdf}), 1);
}

void TestReport::dialogWritesReport() {
    JobRunner jobs;
    auto snapshot = std::make_shared<const WorkspaceSnapshot>(loadWorkspace(market_, {}, {}));
    BriefingReportDialog dialog(jobs, snapshot, Date(), snapshot->institutionByCode(codes_[1])->id);
    QCOMPARE(dialog.checkedCodes(), QStringList{QString::fromStdString(codes_[1])});
    dialog.setCheckedCodes({QString::fromStdString(codes_[0]), QString::fromStdString(codes_[1])});
    dialog.setPath(file("dialog.pdf"));
    QSignalSpy written(&dialog, &BriefingReportDialog::written);
    dialog.writeReport();
    QVERIFY(written.wait(120000));
    QCOMPARE(written.at(0).at(1).toInt(), 7);
    QCOMPARE(pdfPageCount(readFile(file("dialog.pdf"))), 7);
    jobs.waitForIdle();  // the audit entry is appended by a job of its own
    const AuditEntry last = lastAuditEntry();
    QCOMPARE(QString::fromStdString(last.target), file("dialog.pdf"));
    QCOMPARE(last.detail, "briefing report on " + codes_[0] + "," + codes_[1] + " as of " + day_ + ": 7 pages");
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
