#include "WorkspaceFile.h"

#include "Store.h"

#include <filesystem>

namespace eagle {
namespace fs = std::filesystem;
namespace {
void removeWithSidecars(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ignored);
}
}  // namespace

void createWorkspace(const std::string& path, const std::function<void(Store&)>& fill, bool overwrite) {
    if (fs::exists(path) && !overwrite) throw StoreError(path + ": file already exists (use --force to replace it)");
    const std::string partial = path + ".partial";
    removeWithSidecars(partial);
    try {
        {
            Store store = Store::create(partial);
            // Nothing but this thread sees the partial file and it is deleted on any failure, so
            // it can be filled without a journal or fsyncs: several times faster for big markets.
            store.database().exec("PRAGMA journal_mode = OFF");
            store.database().exec("PRAGMA synchronous = OFF");
            store.database().exec("PRAGMA cache_size = -262144");
            fill(store);
            store.database().exec("PRAGMA journal_mode = WAL");
        }
        removeWithSidecars(path);
        fs::rename(partial, path);
    } catch (...) {
        removeWithSidecars(partial);
        throw;
    }
}

}  // namespace eagle
