#pragma once
// The SQLite VFS under encrypted workspaces: it wraps the system's default VFS and encrypts every
// byte SQLite writes to the database, its write-ahead log, its rollback journal and its temporary
// files (UnitCipher, 4096-byte units), so that SQLite's journaling, locking and atomic commit work
// unchanged above it. The database file starts with the key header (WorkspaceKey), hidden from
// SQLite; the -shm index is shared memory for locking and holds no row data, so it passes through.
// A connection names its key by id in the URI parameter eaglekey (Database does this); the keys
// themselves come from the Keyring.

#include <string>

namespace eagle::encrypting_vfs {

// Registers the VFS on first use; its name for sqlite3_open_v2.
const char* name();
// The URI parameter that carries the key id.
inline constexpr const char* kKeyParameter = "eaglekey";
// The byte of a log or journal that readers lock shared, and a writer exclusively, while a short
// last block is read or re-encoded (an open-file-description lock, far beyond any data).
inline constexpr long long kShortBlockLockByte = 0x7fffffffffffffffLL - 1;

}  // namespace eagle::encrypting_vfs
