#include "ProtectionReaction.h"

#include "JobRunner.h"
#include "Keyring.h"
#include "WorkspaceProtection.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace eagle {
namespace {

bool isEncrypted(const QString& path) { return key_header::isEncrypted(path.toStdString()); }
QString nameOf(const QString& path) { return QFileInfo(path).fileName(); }

}  // namespace

ProtectionReaction::ProtectionReaction(JobRunner& jobs, QWidget* window) : QObject(window), jobs_(jobs), window_(window) {}

void ProtectionReaction::addActions(QMenu* menu) {
    encrypt_ = menu->addAction(QString(), this, &ProtectionReaction::encrypt);
    encrypt_->setObjectName(QStringLiteral("encryptAction"));
    changePassphrase_ = menu->addAction(QString(), this, &ProtectionReaction::changePassphrase);
    changePassphrase_->setObjectName(QStringLiteral("changePassphraseAction"));
    decrypt_ = menu->addAction(QString(), this, &ProtectionReaction::decrypt);
    decrypt_->setObjectName(QStringLiteral("decryptAction"));
    retranslate();
    updateActions();
}

void ProtectionReaction::retranslate() {
    encrypt_->setText(tr("&Encrypt workspace…"));
    encrypt_->setStatusTip(tr("Encrypt the workspace file at rest with a passphrase"));
    changePassphrase_->setText(tr("Change &passphrase…"));
    decrypt_->setText(tr("Remove en&cryption…"));
}

void ProtectionReaction::setWorkspace(const QString& path) {
    path_ = path;
    updateActions();
}

void ProtectionReaction::updateActions() {
    if (!encrypt_) return;
    const bool open = !path_.isEmpty(), encrypted = open && isEncrypted(path_);
    encrypt_->setEnabled(open && !encrypted);
    decrypt_->setEnabled(encrypted);
    changePassphrase_->setEnabled(encrypted);
}

void ProtectionReaction::unlockThenOpen(const QString& path, std::function<void()> open) {
    const std::string file = path.toStdString();
    if (!key_header::isEncrypted(file) || Keyring::instance().isUnlocked(file)) {
        Keyring::instance().forgetAllBut(file);
        open();
        return;
    }
    askAndUnlock(path, std::move(open), false);
}

void ProtectionReaction::askAndUnlock(const QString& path, std::function<void()> open, bool again) {
    const auto passphrase =
        ask(tr("Encrypted workspace"), again ? tr("Wrong passphrase. Passphrase for %1:").arg(nameOf(path))
                                             : tr("%1 is encrypted. Passphrase:").arg(nameOf(path)));
    if (!passphrase) return;
    const std::string file = path.toStdString();
    // scrypt takes half a second and 128 MiB on purpose: not on the GUI thread.
    jobs_.start<bool>(
        tr("Unlocking %1").arg(nameOf(path)),
        [file, passphrase](JobContext&) {
            try {
                Keyring::instance().unlock(file, passphrase->text());
                return true;
            } catch (const WrongPassphrase&) {
                return false;
            }
        },
        [this, path, file, open = std::move(open)](bool unlocked) {
            if (!unlocked) return askAndUnlock(path, open, true);
            Keyring::instance().forgetAllBut(file);
            open();
        });
}

std::shared_ptr<SecretBytes> ProtectionReaction::ask(const QString& title, const QString& label) {
    QInputDialog dialog(window_);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setObjectName(QStringLiteral("passphraseDialog"));
    if (dialog.exec() != QDialog::Accepted) return nullptr;
    QString text = dialog.textValue();
    QByteArray utf8 = text.toUtf8();
    auto passphrase = std::make_shared<SecretBytes>(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    // Best effort: Qt's own copies (the line edit's buffer) are beyond reach (docs/reliability.md).
    wipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    text.fill(QChar(0));
    dialog.setTextValue(QString());
    return passphrase;
}

std::shared_ptr<SecretBytes> ProtectionReaction::askNew(const QString& title) {
    auto first = ask(title, tr("New passphrase for %1:").arg(nameOf(path_)));
    if (!first) return nullptr;
    if (first->empty()) {
        QMessageBox::warning(window_, title, tr("The passphrase is empty; nothing was changed."));
        return nullptr;
    }
    const auto again = ask(title, tr("The same passphrase again:"));
    if (!again) return nullptr;
    if (!(*again == *first)) {
        QMessageBox::warning(window_, title, tr("The two passphrases differ; nothing was changed."));
        return nullptr;
    }
    return first;
}

bool ProtectionReaction::readyToRewrite() {
    if (path_.isEmpty()) {
        QMessageBox::information(window_, tr("No workspace"), tr("Open or create a workspace first."));
        return false;
    }
    // The file is rewritten and renamed: work still reading or writing the old one would be lost.
    if (jobs_.activeJobs() > 0) {
        QMessageBox::information(window_, tr("Workspace busy"), tr("Wait until the running work has finished, then try again."));
        return false;
    }
    return true;
}

void ProtectionReaction::encrypt() {
    if (!readyToRewrite()) return;
    const auto passphrase = askNew(tr("Encrypt workspace"));
    if (!passphrase) return;
    const QString path = path_;
    jobs_.start<bool>(
        tr("Encrypting %1").arg(nameOf(path)),
        [file = path.toStdString(), passphrase](JobContext& job) {
            encryptWorkspace(file, passphrase->text(), {}, job.progress);
            return true;
        },
        [this, path](bool) {
            updateActions();
            emit protectionChanged(path);
            QMessageBox::information(window_, tr("Encrypt workspace"),
                                     tr("%1 is encrypted. Keep the passphrase safe: without it nobody can open the "
                                        "workspace. Copies made before are not encrypted.")
                                         .arg(nameOf(path)));
        });
}

void ProtectionReaction::decrypt() {
    if (!readyToRewrite()) return;
    const QString title = tr("Remove encryption");
    if (QMessageBox::question(window_, title,
                              tr("Store %1 unencrypted? Anyone who can read the file can then read the workspace.")
                                  .arg(nameOf(path_))) != QMessageBox::Yes)
        return;
    // Whoever removes the protection shows that they know the passphrase, even with the key unlocked.
    const auto passphrase = ask(title, tr("Passphrase for %1:").arg(nameOf(path_)));
    if (!passphrase) return;
    const QString path = path_;
    jobs_.start<bool>(
        tr("Decrypting %1").arg(nameOf(path)),
        [file = path.toStdString(), passphrase](JobContext& job) {
            try {
                WorkspaceKey::unlock(key_header::read(file), passphrase->text(), file);
            } catch (const WrongPassphrase&) {
                return false;
            }
            decryptWorkspace(file, job.progress);
            return true;
        },
        [this, path, title](bool done) {
            if (!done) {
                QMessageBox::warning(window_, title, tr("Wrong passphrase; the workspace stays encrypted."));
                return;
            }
            updateActions();
            emit protectionChanged(path);
        });
}

void ProtectionReaction::changePassphrase() {
    if (!readyToRewrite()) return;
    const QString title = tr("Change passphrase");
    const auto current = ask(title, tr("Current passphrase for %1:").arg(nameOf(path_)));
    if (!current) return;
    const auto next = askNew(title);
    if (!next) return;
    const QString path = path_;
    jobs_.start<bool>(
        tr("Changing the passphrase of %1").arg(nameOf(path)),
        [file = path.toStdString(), current, next](JobContext& job) {
            try {
                eagle::changePassphrase(file, current->text(), next->text(), {}, job.progress);
                return true;
            } catch (const WrongPassphrase&) {
                return false;
            }
        },
        [this, path, title](bool done) {
            if (!done) {
                QMessageBox::warning(window_, title, tr("Wrong passphrase; the passphrase was not changed."));
                return;
            }
            emit protectionChanged(path);
        });
}

}  // namespace eagle
