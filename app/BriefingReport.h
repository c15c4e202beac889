#pragma once
// The briefing report as a PDF: a cover page with what it takes to reproduce the report (content
// hash, runs, rule versions, parameters), then three pages per institution (profile radar and
// scores; key series; network neighbourhood, stress test and alerts). The charts are the
// workstation's own views drawn offscreen, so it runs headless (QT_QPA_PLATFORM=offscreen).
// Text is in the language of the installed translators.

#include "BriefingData.h"

#include <QCoreApplication>
#include <QString>

namespace eagle {

class BriefingReport {
    Q_DECLARE_TR_FUNCTIONS(eagle::BriefingReport)

public:
    static constexpr int kPagesPerInstitution = 3;
    static int pageCount(const BriefingData& data) { return 1 + kPagesPerInstitution * int(data.institutions.size()); }

    // language: "zh_CN" or "en", printed in the command that reproduces the report.
    static bool write(const BriefingData& data, const QString& path, const QString& language, QString* error = nullptr);
    // eagleeye-cli report FILE --institution A,B --date D --lang L --out OUT
    static QString reproduceCommand(const BriefingData& data, const QString& language);
    // What the audit log says of a written report: its institutions, pages and day.
    static std::string auditDetail(const BriefingData& data);
};

}  // namespace eagle
