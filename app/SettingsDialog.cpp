#include "SettingsDialog.h"

#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>

namespace eagle {
namespace {
const char* const kLanguageKey = "ui/language";
}

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent), language_(new QComboBox), note_(new QLabel) {
    setWindowTitle(tr("Settings"));
    // Each language is named in itself, so that a reader who cannot read the current one finds theirs.
    language_->addItem(tr("As the system"), QString());
    language_->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    setLanguage(savedLanguage());
    note_->setWordWrap(true);
    note_->setText(tr("Menus, views and new reports change to the chosen language at once."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language / 语言"), language_);
    form->addRow(note_);
    form->addRow(buttons);
}

QString SettingsDialog::language() const { return language_->currentData().toString(); }

void SettingsDialog::setLanguage(const QString& language) {
    const int index = language_->findData(language);
    language_->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::accept() {
    QSettings settings;
    if (language().isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language());
    // Every widget hears of it (QEvent::LanguageChange) and sets its texts again.
    setUiLanguage(localeForLanguage(language()));
    QDialog::accept();
}

QString SettingsDialog::savedLanguage() {
    const QString saved = QSettings().value(kLanguageKey).toString();
    return saved == QLatin1String("zh_CN") || saved == QLatin1String("en") ? saved : QString();
}

}  // namespace eagle
