#include "ExportAudit.h"

#include "AuditLog.h"
#include "Database.h"
#include "JobRunner.h"

#include <QCoreApplication>

namespace eagle {

void recordExport(JobRunner& jobs, const std::string& workspace, const QString& file, const std::string& detail) {
    if (workspace.empty()) return;
    jobs.start<int>(
        QCoreApplication::translate("eagle::ExportAudit", "Recording the export of %1 in the audit log").arg(file),
        [workspace, target = file.toStdString(), detail](JobContext&) {
            try {
                AuditLog::recordIn(workspace, "export", target, detail);
            } catch (const StoreError& e) {
                throw StoreError(target + ": exported, but not recorded in the audit log: " + e.what());
            }
            return 0;
        },
        [](int) {});
}

}  // namespace eagle
