#pragma once
// Encrypting a workspace at rest, decrypting it and changing its passphrase. Each writes the new
// file beside the old one, syncs it and renames it over the old one (replaceWorkspaceFile): the
// workspace is the old file or the new one, complete, whenever the process is killed. Another
// program writing the workspace meanwhile would write to the old file, so close it elsewhere first.

#include "Progress.h"
#include "WorkspaceKey.h"

#include <string>
#include <string_view>

namespace eagle {

// A plain workspace becomes encrypted under a new random data key. Throws StoreError when the
// file is not a workspace or is encrypted already.
// Each reports the copy's progress when given a callback.
void encryptWorkspace(const std::string& path, std::string_view passphrase, KdfCost cost = {},
                      const ProgressCallback& progress = {});
// An encrypted workspace (its key unlocked, or given to the Keyring's passphrase source) becomes plain.
void decryptWorkspace(const std::string& path, const ProgressCallback& progress = {});
// Same data key, wrapped under the new passphrase; throws WrongPassphrase when current is not it.
void changePassphrase(const std::string& path, std::string_view current, std::string_view next, KdfCost cost = {},
                      const ProgressCallback& progress = {});
// The same with the key already unlocked by the current passphrase (which proved it is known).
void changePassphrase(const std::string& path, const WorkspaceKey& current, std::string_view next, KdfCost cost = {},
                      const ProgressCallback& progress = {});

}  // namespace eagle
