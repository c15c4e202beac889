// File > Settings: the language chosen is saved in QSettings, read back at start-up, and "as the
// system" removes it.

#include "SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace eagle;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EagleEyeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void languageIsSavedAndRead() {
        QCOMPARE(SettingsDialog::savedLanguage(), QString());
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.language(), QString());
            auto* combo = dialog.findChild<QComboBox*>();
            combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
            dialog.accept();
        }
        QCOMPARE(SettingsDialog::savedLanguage(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.language(), QStringLiteral("en"));  // the dialog opens on what is saved
            dialog.setLanguage(QStringLiteral("zh_CN"));
            dialog.accept();
        }
        QCOMPARE(SettingsDialog::savedLanguage(), QStringLiteral("zh_CN"));
        {
            SettingsDialog dialog;
            dialog.setLanguage(QString());
            dialog.accept();
        }
        QCOMPARE(SettingsDialog::savedLanguage(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));  // not one EagleEye ships
        QCOMPARE(SettingsDialog::savedLanguage(), QString());
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
