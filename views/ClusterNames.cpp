#include "ClusterNames.h"

#include <QCoreApplication>
#include <QStringList>

namespace eagle {

QString clusterDisplayName(std::string_view stored) {
    // The separator the phrases are joined with in the user's language (Chinese lists use 、).
    static const char* const kSeparator = QT_TRANSLATE_NOOP("ClusterNames", ", ");
    QStringList phrases;
    for (const QString& phrase :
         QString::fromUtf8(stored.data(), qsizetype(stored.size())).split(QStringLiteral(", "), Qt::SkipEmptyParts))
        phrases << QCoreApplication::translate("ClusterNames", phrase.toUtf8().constData());
    return phrases.join(QCoreApplication::translate("ClusterNames", kSeparator));
}

}  // namespace eagle
