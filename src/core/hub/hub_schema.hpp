// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ziwb::core {

class PgConnection;

/// The hub schema this program reads and writes. hub/migrations/ holds one file per version
/// (NNNN-what.sql); a test keeps the two equal.
inline constexpr int kHubSchemaVersion = 2;

/// Where `ziwb hub init` tells the server to find its signature module unless told otherwise:
/// ziwb_hub.so in the server's own library folder (`pg_config --pkglibdir`).
inline constexpr const char* kDefaultHubModule = "$libdir/ziwb_hub";

struct HubMigration {
    int version = 0;
    std::string name;  ///< the file name
    std::string sql;
};

/// The migrations shipped in hub/migrations/, by version; throws UserError when they are missing
/// or not numbered 1, 2, 3... without gaps.
[[nodiscard]] std::vector<HubMigration> LoadHubMigrations(const std::filesystem::path& program_dir);

/// The hub's schema version: 0 for a database without one.
[[nodiscard]] int HubSchemaVersion(PgConnection& hub);

struct MigrationResult {
    int from = 0;
    int to = 0;
};

/// Brings the hub's schema to `target` (the newest when empty), one migration per transaction
/// under an advisory lock, so two administrators never migrate at once and a failure leaves the
/// hub at the last whole version. Refuses to go down, and a hub newer than this program.
MigrationResult MigrateHub(PgConnection& hub, const std::filesystem::path& program_dir, std::optional<int> target,
                           const std::string& module_path);

/// Throws HubError unless the hub is at kHubSchemaVersion, saying who must upgrade what.
void RequireCurrentHub(PgConnection& hub);

}  // namespace ziwb::core
