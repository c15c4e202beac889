#pragma once
// Records an export the workstation finished (a briefing report, a chart, the alerts list) in the
// workspace's audit log. The entry is appended by a job, off the GUI thread: it opens the
// workspace for writing and may wait for another job's write. A workspace that cannot be written
// makes that job fail with the reason, which the status bar shows.

#include <QString>

#include <string>

namespace eagle {

class JobRunner;

void recordExport(JobRunner& jobs, const std::string& workspace, const QString& file, const std::string& detail);

}  // namespace eagle
