#include "Passphrases.h"

#include "Keyring.h"
#include "Options.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace eagle::cli {
namespace {

// A passphrase read as bytes, without the line end an editor or `echo` adds.
SecretBytes trimmed(const char* data, std::size_t size) {
    if (size > 0 && data[size - 1] == '\n') --size;
    if (size > 0 && data[size - 1] == '\r') --size;
    return SecretBytes(std::string_view(data, size));
}

SecretBytes fromFile(const std::string& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw UsageError("cannot read the passphrase file " + file + ": " + std::strerror(errno));
    SecretBytes buffer(4096);
    std::size_t size = 0;
    for (ssize_t n; size < buffer.size() && (n = ::read(fd, buffer.data() + size, buffer.size() - size)) > 0;)
        size += static_cast<std::size_t>(n);
    ::close(fd);
    SecretBytes passphrase = trimmed(reinterpret_cast<const char*>(buffer.data()), size);
    if (passphrase.empty()) throw UsageError("the passphrase file " + file + " is empty");
    return passphrase;
}

// Asks at the controlling terminal with echo off; nothing when there is none, or when the standard
// input is not a terminal (a script or a scheduled job, which must not wait for a person).
std::optional<SecretBytes> fromTerminal(const std::string& prompt) {
    if (!::isatty(STDIN_FILENO)) return std::nullopt;
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0) return std::nullopt;
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    (void)!::write(tty, prompt.data(), prompt.size());
    SecretBytes line(1024);
    std::size_t size = 0;
    char c = 0;
    while (size < line.size() && ::read(tty, &c, 1) == 1 && c != '\n') line.data()[size++] = static_cast<unsigned char>(c);
    wipe(&c, sizeof c);
    if (isTerminal) ::tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    if (!isTerminal) return std::nullopt;
    return trimmed(reinterpret_cast<const char*>(line.data()), size);
}

}  // namespace

PassphraseScope::PassphraseScope(const Options& options) : before_(Keyring::instance().unlockedIds()) {
    Keyring::instance().setPassphraseSource(
        [&options](const std::string& path, int attempt) { return currentPassphrase(options, path, attempt); });
}

PassphraseScope::~PassphraseScope() {
    Keyring::instance().setPassphraseSource({});
    for (const KeyId& id : Keyring::instance().unlockedIds())
        if (std::find(before_.begin(), before_.end(), id) == before_.end()) Keyring::instance().forget(id);
}

std::optional<SecretBytes> currentPassphrase(const Options& options, const std::string& path, int attempt) {
    // A file or the environment gives one answer: a wrong one is not asked for again.
    if (const auto file = options.value("passphrase-file")) {
        if (attempt > 0) return std::nullopt;
        return fromFile(*file);
    }
    if (const char* value = std::getenv(kPassphraseEnvironment); value && *value) {
        if (attempt > 0) return std::nullopt;
        return SecretBytes(std::string_view(value));
    }
    if (attempt >= 3) return std::nullopt;
    return fromTerminal(attempt == 0 ? "Passphrase for " + path + ": " : "Wrong passphrase. Passphrase for " + path + ": ");
}

SecretBytes newPassphrase(const Options& options, const std::string& fileOption, const char* environment,
                          const std::string& path) {
    if (const auto file = options.value(fileOption)) return fromFile(*file);
    if (const char* value = std::getenv(environment); value && *value) return SecretBytes(std::string_view(value));
    auto first = fromTerminal("New passphrase for " + path + ": ");
    if (!first)
        throw UsageError(std::string("no new passphrase: give it with --") + fileOption + " FILE, in " + environment +
                         ", or at a terminal");
    if (first->empty()) throw UsageError("the passphrase is empty");
    const auto again = fromTerminal("The same passphrase again: ");
    if (!again || !(*again == *first)) throw UsageError("the two passphrases differ; nothing was changed");
    return std::move(*first);
}

}  // namespace eagle::cli
