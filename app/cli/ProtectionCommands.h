#pragma once
// eagleeye-cli encrypt, decrypt and passwd: a workspace's protection at rest.

#include <iosfwd>

namespace eagle::cli {

class Options;

extern const char* const kEncryptHelp;
extern const char* const kDecryptHelp;
extern const char* const kPasswdHelp;
// What every command's help says about encrypted workspaces.
extern const char* const kPassphraseHelp;
int encryptCommand(const Options& options, std::ostream& out, std::ostream& err);
int decryptCommand(const Options& options, std::ostream& out, std::ostream& err);
int passwdCommand(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace eagle::cli
