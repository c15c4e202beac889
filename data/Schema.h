#pragma once
// The workspace schema as an ordered list of forward migrations; PRAGMA user_version is the version.

#include <cstdint>

namespace eagle {

class Database;

namespace schema {

// 'EAGL': marks a SQLite file as an EagleEye workspace.
inline constexpr std::int32_t kApplicationId = 0x4541474C;

int latestVersion();
int versionOf(Database& db);
// Applies every migration after the database's version up to targetVersion, each in its own
// transaction, so a failure leaves the file at the last complete version.
void migrate(Database& db, int targetVersion);

}  // namespace schema
}  // namespace eagle
