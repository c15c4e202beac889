#include "ProtectionCommands.h"

#include "Keyring.h"
#include "Options.h"
#include "Passphrases.h"
#include "ProgressPrinter.h"
#include "WorkspaceProtection.h"

#include <ostream>

namespace eagle::cli {

const char* const kPassphraseHelp =
    "\n"
    "An encrypted workspace needs its passphrase: --passphrase-file FILE (its first line), the\n"
    "environment variable EAGLEEYE_PASSPHRASE, or typed at the terminal (not shown). Never give it\n"
    "as an argument: others see arguments in the process list and the shell's history.\n";

const char* const kEncryptHelp =
    "usage: eagleeye-cli encrypt FILE [--passphrase-file F]\n"
    "\n"
    "Encrypts the workspace at rest with a passphrase (AES-256-XTS under a random key, the key\n"
    "wrapped under scrypt of the passphrase). The new file is written beside the old one and renamed\n"
    "over it once complete. The passphrase comes from --passphrase-file, EAGLEEYE_PASSPHRASE, or the\n"
    "terminal (asked twice). Without the passphrase the workspace cannot be opened by anyone:\n"
    "keep it safe. The old plain file's blocks are freed, not overwritten (docs/reliability.md).\n";

const char* const kDecryptHelp =
    "usage: eagleeye-cli decrypt FILE [--passphrase-file F]\n"
    "\n"
    "Turns an encrypted workspace back into a plain one (written beside it, then renamed over it).\n";

const char* const kPasswdHelp =
    "usage: eagleeye-cli passwd FILE [--passphrase-file F] [--new-passphrase-file G]\n"
    "\n"
    "Changes an encrypted workspace's passphrase. The data key stays, wrapped under the new\n"
    "passphrase; the file is rewritten beside the old one and renamed over it. The current\n"
    "passphrase comes as for every command, the new one from --new-passphrase-file,\n"
    "EAGLEEYE_NEW_PASSPHRASE, or the terminal (asked twice).\n";

namespace {

std::string onlyWorkspace(const Options& o) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one workspace FILE");
    return o.positional().front();
}

}  // namespace

int encryptCommand(const Options& o, std::ostream& out, std::ostream& err) {
    const std::string path = onlyWorkspace(o);
    if (key_header::isEncrypted(path))
        throw StoreError(path + ": the workspace is encrypted already (to change its passphrase, use passwd)");
    const SecretBytes passphrase = newPassphrase(o, "passphrase-file", kPassphraseEnvironment, path);
    encryptWorkspace(path, passphrase.text(), {}, progressPrinter(err));
    err << "\n";
    out << "encrypted " << path << "\n";
    return 0;
}

int decryptCommand(const Options& o, std::ostream& out, std::ostream& err) {
    const std::string path = onlyWorkspace(o);
    decryptWorkspace(path, progressPrinter(err));
    err << "\n";
    out << "decrypted " << path << "\n";
    return 0;
}

int passwdCommand(const Options& o, std::ostream& out, std::ostream& err) {
    const std::string path = onlyWorkspace(o);
    if (!key_header::isEncrypted(path)) throw StoreError(path + ": the workspace is not encrypted (use encrypt)");
    // Asked for (and checked) before the new one, so that a typing error costs one prompt; always
    // asked, even with the key unlocked in this process: whoever changes it shows they know it.
    Keyring::instance().forget(*key_header::keyIdOf(key_header::read(path)));
    const auto key = Keyring::instance().require(path);
    const SecretBytes next = newPassphrase(o, "new-passphrase-file", kNewPassphraseEnvironment, path);
    changePassphrase(path, *key, next.text(), {}, progressPrinter(err));
    err << "\n";
    out << "changed the passphrase of " << path << "\n";
    return 0;
}

}  // namespace eagle::cli
