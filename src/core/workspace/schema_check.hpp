// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace ziwb::core {

/// The oldest workspace format this build opens: the first one ever released.
inline constexpr int kOldestWorkspaceSchemaVersion = 2;

/// Compares a workspace's tables, indexes and triggers with the ones this program creates for the
/// file's format version, and throws WorkspaceError naming the first difference: a trigger, view
/// or table someone added, a dropped table, a changed definition. Nothing in the file is trusted
/// to run before this check passes. `name` is the file as the user knows it.
void CheckWorkspaceSchema(SQLite::Database& db, int version, const std::string& name);

/// Builds now what CheckWorkspaceSchema compares a current-format file with (the schema made in
/// memory, once per process): a program may do it on another thread while it starts, instead of
/// inside its first open. Safe to call from any thread, any number of times.
void PrepareWorkspaceSchemaCheck();

/// Throws WorkspaceError unless `version` is a workspace format this build knows.
void CheckWorkspaceVersion(int version, const std::string& name);

/// Runs SQLite's quick_check over the whole file; throws WorkspaceError naming the first problem.
void CheckWorkspaceStructure(SQLite::Database& db, const std::string& name);

}  // namespace ziwb::core
