#include "TranslationScope.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace eagle {

TranslationScope::TranslationScope(const QLocale& locale)
    : previous_(QLocale()), own_(std::make_unique<QTranslator>()), qt_(std::make_unique<QTranslator>()) {
    QLocale::setDefault(locale);
    if (own_->load(locale, QStringLiteral("eagleeye"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own_.get());
    if (qt_->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt_.get());
}

TranslationScope::~TranslationScope() {
    QCoreApplication::removeTranslator(qt_.get());
    QCoreApplication::removeTranslator(own_.get());
    QLocale::setDefault(previous_);
}

bool TranslationScope::isSupported(const QString& language) {
    return language == QLatin1String("zh_CN") || language == QLatin1String("en");
}

}  // namespace eagle
