#pragma once
// The workstation's side of encrypted workspaces: the passphrase asked for when one is opened, and
// File → Encrypt workspace…, Remove encryption… and Change passphrase…. Passphrases are typed in
// password fields, handed to the key derivation and wiped; none reaches the settings, the recent
// workspaces or a log. The work (scrypt, the copy) runs as jobs, off the GUI thread.

#include "SecretBytes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace eagle {

class JobRunner;

class ProtectionReaction : public QObject {
    Q_OBJECT
public:
    ProtectionReaction(JobRunner& jobs, QWidget* window);

    void addActions(QMenu* menu);
    // The actions' texts in the current language (MainWindow calls it when the language changes).
    void retranslate();
    // Calls open once the workspace at path can be read: at once if it is plain or unlocked, after
    // its passphrase was asked and checked if it is encrypted; never if the person cancels. Keys of
    // other workspaces are forgotten then.
    void unlockThenOpen(const QString& path, std::function<void()> open);
    // The open workspace, which the menu's actions work on.
    void setWorkspace(const QString& path);

signals:
    // The workspace's file was rewritten encrypted, plain or under a new passphrase.
    void protectionChanged(const QString& path);

private:
    void encrypt();
    void decrypt();
    void changePassphrase();
    void askAndUnlock(const QString& path, std::function<void()> open, bool again);
    std::shared_ptr<SecretBytes> ask(const QString& title, const QString& label);
    // Asked twice; nothing when cancelled or the two differ (then said so).
    std::shared_ptr<SecretBytes> askNew(const QString& title);
    bool readyToRewrite();
    void updateActions();

    JobRunner& jobs_;
    QWidget* window_;
    QString path_;
    QAction* encrypt_ = nullptr;
    QAction* decrypt_ = nullptr;
    QAction* changePassphrase_ = nullptr;
};

}  // namespace eagle
