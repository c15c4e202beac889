#pragma once
// The workspaces opened lately, newest first, kept in the user's settings for File → Open recent.

#include <QStringList>

namespace eagle {

class RecentWorkspaces {
public:
    static constexpr int kMax = 8;
    // Those that still exist, newest first.
    static QStringList list();
    // Puts `path` first (once), dropping the oldest beyond kMax.
    static void add(const QString& path);
    static void clear();
};

}  // namespace eagle
