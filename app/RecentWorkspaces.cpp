#include "RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace eagle {

QStringList RecentWorkspaces::list() {
    QStringList existing;
    for (const QString& path : QSettings().value("recentWorkspaces").toStringList())
        if (QFileInfo::exists(path)) existing << path;
    return existing;
}

void RecentWorkspaces::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList paths = settings.value("recentWorkspaces").toStringList();
    if (!paths.isEmpty() && paths.front() == absolute) return;  // reopened: nothing to write
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMax) paths.removeLast();
    settings.setValue("recentWorkspaces", paths);
}

void RecentWorkspaces::clear() { QSettings().remove("recentWorkspaces"); }

}  // namespace eagle
