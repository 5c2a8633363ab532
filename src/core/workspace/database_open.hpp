// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>

namespace ziwb::core {

/// How a workspace's SQLite file is opened.
enum class DatabaseAccess {
    ReadOnly,   ///< never writes, not even a journal or a lock file
    ReadWrite,  ///< writes go to the main file before a command reports success
};

/// Opens a workspace file the way SQLite advises for database files that may come from someone
/// else ("Defense Against the Dark Arts"): defensive mode, untrusted schema (no functions or
/// virtual tables called from triggers or views), cell size checks, no memory mapping, lower
/// limits, and no ATTACH. Opening writes nothing: call UseCopySafeJournal once the file has passed
/// its checks.
///
/// A read-only file on read-only media, whose journal could not even be looked at, opens as
/// immutable. Throws WorkspaceError when SQLite refuses the file.
[[nodiscard]] std::unique_ptr<SQLite::Database> OpenWorkspaceDatabase(const std::filesystem::path& path,
                                                                      DatabaseAccess access);

/// Applies the same defensive settings to a database that was opened elsewhere (a new file being
/// created, a copy being verified).
void HardenConnection(SQLite::Database& db);

/// The journal settings of a writable workspace connection: a persistent rollback journal with full
/// sync, so a committed change is in the main file the moment its command reports success and a
/// copy of the `.ziwb` alone holds it (docs/workspace-file.md says why not WAL).
void UseCopySafeJournal(SQLite::Database& db);

/// True when this process may create files in `path`'s folder and write `path`: the rollback
/// journal lives beside the workspace, so a writable file in a read-only folder is read-only too.
[[nodiscard]] bool CanWriteWorkspace(const std::filesystem::path& path);

}  // namespace ziwb::core
