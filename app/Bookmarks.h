#pragma once
// Saved views: a name for an institution and a day of one workspace, kept in the user's settings
// (per workspace file) so that an investigation can be picked up where it was left.

#include "Date.h"

#include <QList>
#include <QString>

namespace eagle {

struct Bookmark {
    QString name;
    QString institutionCode;  // the code rather than the id: it survives a re-import
    Date day;
    bool operator==(const Bookmark&) const = default;
};

class Bookmarks {
public:
    // The bookmarks of the workspace at `workspacePath`, in the order they were added.
    static QList<Bookmark> load(const QString& workspacePath);
    static void save(const QString& workspacePath, const QList<Bookmark>& bookmarks);
    static void add(const QString& workspacePath, const Bookmark& bookmark);
};

}  // namespace eagle
