#include "ReportCommand.h"

#include "AuditLog.h"
#include "BriefingReport.h"
#include "Cli.h"
#include "Database.h"
#include "Options.h"
#include "TranslationScope.h"
#include "WorkspaceLoader.h"

#include <QApplication>

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace eagle {

const char* const kReportHelp =
    "usage: eagleeye-cli report FILE --institution CODE[,CODE...] --out REPORT.pdf [--lang zh_CN|en]\n"
    "                           [--date YYYY-MM-DD]\n"
    "\n"
    "Writes a briefing report (PDF, A4) on the institutions: a cover page with the workspace's\n"
    "market-data hash, the profile and rule runs, the rule versions and the parameters it used (and\n"
    "the command that makes it again), then three pages per institution: its risk profile against\n"
    "its peers (radar and scores), its key series (liquidity score, overnight funding share, net\n"
    "borrowing) against the peer median, its money-market neighbourhood, a DebtRank stress test in\n"
    "which it fails, and its alerts. Runs without a display. Computes profiles first if the\n"
    "workspace has none.\n"
    "\n"
    "  --institution L  institution codes, comma-separated\n"
    "  --out FILE       the PDF to write\n"
    "  --lang L         zh_CN (default) or en\n"
    "  --date D         as of this day (default: the last day with profiles)\n";

namespace {

std::vector<std::string> splitCodes(const std::string& text) {
    std::vector<std::string> codes;
    std::stringstream in(text);
    for (std::string code; std::getline(in, code, ',');)
        if (!code.empty()) codes.push_back(code);
    if (codes.empty()) throw cli::UsageError("--institution needs at least one code");
    return codes;
}

// QWidgets (the charts) need an application; a batch run has no display, so offscreen unless
// the caller chose a platform.
std::unique_ptr<QApplication> ensureApplication() {
    if (QCoreApplication::instance()) return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "eagleeye-cli";
    static char* argv[] = {name, nullptr};
    auto app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("EagleEye"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EAGLEEYE_VERSION));
    return app;
}

}  // namespace

int reportCommand(const cli::Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw cli::UsageError("expected exactly one workspace FILE");
    const std::string file = o.positional().front();
    const std::vector<std::string> codes = splitCodes(o.required("institution"));
    const std::string output = o.required("out");
    const QString language = QString::fromStdString(o.value("lang").value_or("zh_CN"));
    if (!TranslationScope::isSupported(language)) throw cli::UsageError("--lang must be zh_CN or en");
    Date day;
    if (const auto text = o.value("date")) {
        const auto parsed = Date::parse(*text);
        if (!parsed) throw cli::UsageError("--date expects YYYY-MM-DD, got '" + *text + "'");
        day = *parsed;
    }
    if (!std::filesystem::is_regular_file(file)) throw std::runtime_error(file + ": no such file");

    const auto app = ensureApplication();
    const TranslationScope scope{QLocale(language)};
    const auto progress = [&err, last = -1](double f, const std::string& step) mutable {
        const int percent = int(f * 100);
        if (percent == last) return;
        last = percent;
        err << "\r" << step << " " << std::setw(3) << percent << "%" << std::flush;
    };
    const WorkspaceSnapshot snapshot = loadWorkspace(file, progress, {});
    BriefingData data;
    try {
        data = collectBriefing(snapshot, codes, day, progress);
    } catch (const std::invalid_argument& e) {
        throw cli::UsageError(e.what());
    }
    err << "\n";
    QString error;
    if (!BriefingReport::write(data, QString::fromStdString(output), language, &error))
        throw std::runtime_error(error.toStdString());
    out << "wrote " << output << ": " << BriefingReport::pageCount(data) << " pages on " << data.institutions.size()
        << " institution(s) as of " << data.day.toString() << ", market data " << data.contentHash << "\n";
    try {
        AuditLog::recordIn(file, "export", output, BriefingReport::auditDetail(data));
    } catch (const StoreError& e) {
        err << "warning: not recorded in the audit log: " << e.what() << "\n";
    }
    return 0;
}

void registerReportCommand() {
    cli::addCommand("report", "briefing report (PDF) on institutions: profile, series, network, stress, alerts",
                    kReportHelp, {"institution", "out", "lang", "date"}, {"help"}, reportCommand);
}

}  // namespace eagle
