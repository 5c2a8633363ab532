// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>

namespace ziwb::core {

/// PRAGMA application_id of every workspace: "ZIWB" in ASCII.
inline constexpr std::int32_t kWorkspaceApplicationId = 0x5A495742;
/// PRAGMA user_version: the schema version this build writes and reads.
inline constexpr int kWorkspaceSchemaVersion = 9;
inline constexpr const char* kWorkspaceExtension = ".ziwb";

/// Reads the 100-byte SQLite header of a file without opening it as a database, and throws a
/// WorkspaceError saying why the file cannot be opened: missing, a folder, not SQLite, another
/// program's database, truncated, or from a newer version of ZI Workbench. Checking before SQLite
/// opens the file guarantees that a file we refuse is never modified.
void CheckWorkspaceHeader(const std::filesystem::path& path);

}  // namespace ziwb::core
