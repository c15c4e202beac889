#pragma once
// Where eagleeye-cli takes passphrases from: --passphrase-file FILE, the environment
// (EAGLEEYE_PASSPHRASE), or the terminal without echo; never from an argument, which ps and the
// shell's history would show to others.

#include "SecretBytes.h"
#include "WorkspaceKey.h"

#include <optional>
#include <string>
#include <vector>

namespace eagle::cli {

class Options;

inline constexpr const char* kPassphraseEnvironment = "EAGLEEYE_PASSPHRASE";
inline constexpr const char* kNewPassphraseEnvironment = "EAGLEEYE_NEW_PASSPHRASE";

// For the run of one command: an encrypted workspace it opens asks for its passphrase here, and
// every key unlocked meanwhile is forgotten (wiped) when the command ends.
class PassphraseScope {
public:
    explicit PassphraseScope(const Options& options);
    ~PassphraseScope();
    PassphraseScope(const PassphraseScope&) = delete;
    PassphraseScope& operator=(const PassphraseScope&) = delete;

private:
    std::vector<KeyId> before_;  // unlocked before the command (by whoever runs it in-process)
};

// The passphrase of the encrypted workspace at path; attempt counts wrong answers so far (only the
// terminal asks again). Nothing when there is none to be had.
std::optional<SecretBytes> currentPassphrase(const Options& options, const std::string& path, int attempt);
// A new passphrase for path: from the file in option fileOption, the environment variable, or typed
// twice at the terminal. Throws UsageError when there is none or the two differ.
SecretBytes newPassphrase(const Options& options, const std::string& fileOption, const char* environment,
                          const std::string& path);

}  // namespace eagle::cli
