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
            fill(store);
            // Closing the last connection checkpoints the WAL into the main file.
        }
        removeWithSidecars(path);
        fs::rename(partial, path);
    } catch (...) {
        removeWithSidecars(partial);
        throw;
    }
}

}  // namespace eagle
