#include "Bookmarks.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace eagle {
namespace {

// One settings group per workspace file, named by a hash of its absolute path (paths hold
// characters QSettings keys cannot).
QString groupOf(const QString& workspacePath) {
    const QByteArray path = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return QStringLiteral("bookmarks/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

}  // namespace

QList<Bookmark> Bookmarks::load(const QString& workspacePath) {
    QSettings settings;
    QList<Bookmark> out;
    const int n = settings.beginReadArray(groupOf(workspacePath));
    for (int k = 0; k < n; ++k) {
        settings.setArrayIndex(k);
        const auto day = Date::parse(settings.value("day").toString().toStdString());
        out.push_back({settings.value("name").toString(), settings.value("institution").toString(), day.value_or(Date())});
    }
    settings.endArray();
    return out;
}

void Bookmarks::save(const QString& workspacePath, const QList<Bookmark>& bookmarks) {
    QSettings settings;
    settings.remove(groupOf(workspacePath));
    settings.beginWriteArray(groupOf(workspacePath), int(bookmarks.size()));
    for (int k = 0; k < bookmarks.size(); ++k) {
        settings.setArrayIndex(k);
        settings.setValue("name", bookmarks[k].name);
        settings.setValue("institution", bookmarks[k].institutionCode);
        settings.setValue("day", QString::fromStdString(bookmarks[k].day.toString()));
    }
    settings.endArray();
}

void Bookmarks::add(const QString& workspacePath, const Bookmark& bookmark) {
    QList<Bookmark> all = load(workspacePath);
    all.push_back(bookmark);
    save(workspacePath, all);
}

}  // namespace eagle
