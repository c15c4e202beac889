#pragma once
// The user-interface language: EagleEye's and Qt's translators and the default locale, chosen at
// start (--lang, else Settings, else the system's) and switched live from Settings. Installing new
// translators makes Qt send QEvent::LanguageChange to every widget, which sets its texts again.

#include <QLocale>
#include <QString>

namespace eagle {

// The locale of a language setting: "zh_CN", "en", or empty for the system's — Chinese unless the
// system asks for another language (the readers are Chinese supervisors first, and a bare "C"
// locale says nothing about the reader).
QLocale localeForLanguage(const QString& language);

// Replaces the translators this function installed before with this locale's, and makes it the
// default locale (numbers, institution names in Chinese or English).
void setUiLanguage(const QLocale& locale);

}  // namespace eagle
