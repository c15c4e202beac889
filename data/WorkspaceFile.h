#pragma once
// Creates a workspace file atomically: it is built under a temporary name and renamed into place
// only when complete, so a cancelled or failed build never leaves a half-written workspace.

#include <functional>
#include <string>

namespace eagle {

class Store;
struct WorkspaceKey;

// Throws StoreError if path exists and overwrite is false; rethrows whatever fill throws. The new
// workspace is encrypted under encryptLike's passphrase when given, and when it replaces an
// encrypted workspace under that one's (whose key must be unlocked, or given to the Keyring).
void createWorkspace(const std::string& path, const std::function<void(Store&)>& fill, bool overwrite = false,
                     const WorkspaceKey* encryptLike = nullptr);

// Replaces (or creates) the file at path in one step: build(partial) writes the new file under
// another name; it is synced to disk and renamed over path only when build returns, so that
// whoever looks sees the old file or the new one, complete, whenever this process is killed.
void replaceWorkspaceFile(const std::string& path, const std::function<void(const std::string& partial)>& build);

inline constexpr const char* kWorkspaceSuffix = ".eagle";

}  // namespace eagle
