#include "WorkspaceFile.h"

#include "Keyring.h"
#include "Store.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

namespace eagle {
namespace fs = std::filesystem;
namespace {

void removeSidecars(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}

void removeWithSidecars(const std::string& path) {
    std::error_code ignored;
    fs::remove(path, ignored);
    removeSidecars(path);
}

// Waits until the file (or folder) is on the disk, not only in the page cache: the workspace is
// filled without a journal or syncs, so this is what makes it survive a power cut once renamed.
void syncToDisk(const std::string& path, bool directory) {
    const int fd = ::open(path.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Makes the workspace about to be replaced self-contained (its write-ahead log checkpointed into
// the file) and removes its side files, so that the new file never meets a stale log (which SQLite
// would replay into it) and a process killed before the rename leaves the old workspace whole.
void retire(const std::string& path) {
    if (!fs::exists(path)) return;
    try {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError&) {
        // Not a workspace or not readable: nothing of it is worth keeping in a side file.
    }
    removeSidecars(path);
}

}  // namespace

void replaceWorkspaceFile(const std::string& path, const std::function<void(const std::string& partial)>& build) {
    const std::string partial = path + ".partial";
    removeWithSidecars(partial);
    try {
        build(partial);
        syncToDisk(partial, false);
        retire(path);
        // rename() replaces the old file in one step: whoever looks sees the old workspace or the
        // new one, never neither, even if this process is killed right here.
        fs::rename(partial, path);
        syncToDisk(fs::path(path).parent_path().empty() ? "." : fs::path(path).parent_path().string(), true);
    } catch (...) {
        removeWithSidecars(partial);
        throw;
    }
}

void createWorkspace(const std::string& path, const std::function<void(Store&)>& fill, bool overwrite,
                     const WorkspaceKey* encryptLike) {
    if (fs::exists(path) && !overwrite) throw StoreError(path + ": file already exists (use --force to replace it)");
    // A workspace someone encrypted stays encrypted when it is replaced.
    std::shared_ptr<const WorkspaceKey> replaced;
    if (!encryptLike && key_header::isEncrypted(path)) encryptLike = (replaced = Keyring::instance().require(path)).get();
    replaceWorkspaceFile(path, [&](const std::string& partial) {
        Store store = Store::create(partial, encryptLike);
        // Nothing but this thread sees the partial file and it is deleted on any failure, so
        // it can be filled without a journal or fsyncs: several times faster for big markets.
        store.database().exec("PRAGMA journal_mode = OFF");
        store.database().exec("PRAGMA synchronous = OFF");
        store.database().exec("PRAGMA cache_size = -262144");
        fill(store);
        store.database().exec("PRAGMA journal_mode = WAL");
    });
}

}  // namespace eagle
