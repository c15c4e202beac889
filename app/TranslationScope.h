#pragma once
// Puts the application into a language (zh_CN or en) for as long as it lives: EagleEye's own and
// Qt's translators and the default locale; the previous ones come back when it ends. For work
// done in another language than the user interface's, e.g. a report from the command line.

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace eagle {

class TranslationScope {
public:
    explicit TranslationScope(const QLocale& locale);
    ~TranslationScope();
    TranslationScope(const TranslationScope&) = delete;
    TranslationScope& operator=(const TranslationScope&) = delete;

    // zh_CN or en, the two languages EagleEye ships; anything else is not one of them.
    static bool isSupported(const QString& language);

private:
    QLocale previous_;
    std::unique_ptr<QTranslator> own_;
    std::unique_ptr<QTranslator> qt_;
};

}  // namespace eagle
