#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace eagle {

QLocale localeForLanguage(const QString& language) {
    if (!language.isEmpty()) return QLocale(language);
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C || system.language() == QLocale::Chinese) return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void setUiLanguage(const QLocale& locale) {
    // The default locale first: widgets read it when the language change reaches them.
    QLocale::setDefault(locale);
    static QPointer<QTranslator> own, qt;
    for (QPointer<QTranslator>* installed : {&own, &qt})
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("eagleeye"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

}  // namespace eagle
