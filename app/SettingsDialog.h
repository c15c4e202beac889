#pragma once
// File → Settings…: the user-interface language (Chinese, English or the system's), kept in
// QSettings and applied at once: the open windows change language without a restart.

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace eagle {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // "zh_CN", "en", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& language);
    void accept() override;

    // The language saved in QSettings ("ui/language"); empty when the user chose none.
    static QString savedLanguage();

private:
    QComboBox* language_;
    QLabel* note_;
};

}  // namespace eagle
