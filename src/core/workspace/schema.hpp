// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>

#include "workspace/file_header.hpp"

namespace ziwb::core {

/// Brings a workspace's schema up to `target` (normally kWorkspaceSchemaVersion), one migration step
/// at a time, all in one transaction: a failed migration leaves the file exactly as it was.
void MigrateWorkspace(SQLite::Database& db, int target);
void MigrateWorkspace(SQLite::Database& db);

}  // namespace ziwb::core
