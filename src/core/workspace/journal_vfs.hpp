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
/// without O_CREAT, once this process has synced its folder itself for that very file (device,
/// inode and the time it was made, so a journal removed and made again by another program gets
/// its folder synced again). A journal that does not exist yet is created, and its folder synced,
/// by SQLite as before; so is every journal on a file system that does not record when a file was
/// made.
[[nodiscard]] const char* WorkspaceVfsName();

/// How many times this process has synced a journal's folder itself (for the tests: once per
/// journal file, not once per commit). Always 0 where WorkspaceVfsName() is nullptr.
[[nodiscard]] long JournalFolderSyncs();

}  // namespace ziwb::core
