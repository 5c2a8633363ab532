// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ziwb::core {

/// The SQLite VFS a workspace is opened with (registered on first call), or nullptr for SQLite's
/// own where nothing needs changing (Windows).
///
/// Why it exists: with the persistent rollback journal (journal_mode PERSIST) SQLite's unix VFS
/// closes the journal at the end of every transaction and opens it again with O_CREAT for the
/// next one, and a journal opened with O_CREAT gets its folder synced at its first sync. That is
/// one more fsync for every commit, for a file whose folder entry has been on the disk since the
/// first commit. This VFS is SQLite's own except for one thing: a journal that exists is opened
/// without O_CREAT, once this process has synced its folder itself. A journal that does not exist
/// yet is created, and its folder synced, by SQLite as before.
[[nodiscard]] const char* WorkspaceVfsName();

}  // namespace ziwb::core
