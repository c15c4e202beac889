#pragma once
// Creates a workspace file atomically: it is built under a temporary name and renamed into place
// only when complete, so a cancelled or failed build never leaves a half-written workspace.

#include <functional>
#include <string>

namespace eagle {

class Store;

// Throws StoreError if path exists and overwrite is false; rethrows whatever fill throws.
void createWorkspace(const std::string& path, const std::function<void(Store&)>& fill, bool overwrite = false);

inline constexpr const char* kWorkspaceSuffix = ".eagle";

}  // namespace eagle
