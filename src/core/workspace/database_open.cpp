// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/database_open.hpp"

#include <sqlite3.h>

#include <string>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "workspace/journal_vfs.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

constexpr int kBusyTimeoutMs = 5000;
// The largest string or blob a workspace holds: a 1 MiB evidence chunk, or a form copy of a few
// hundred KiB. Lower than SQLite's 1 GB default so a crafted row cannot make us allocate that much.
constexpr int kMaxValueBytes = 64 << 20;
// The journal keeps the original pages of the last transaction; beyond this it is cut back after
// each commit, so an evidence import does not leave a large file beside the workspace.
constexpr const char* kJournalSizeLimit = "1048576";

// An SQLite URI for `path` with query `parameters`: characters with a meaning in URIs are escaped.
std::string FileUri(const std::filesystem::path& path, const char* parameters) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : GenericPathToUtf8(std::filesystem::absolute(path))) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xF];
        } else {
            uri += static_cast<char>(c);
        }
    }
    uri += '?';
    uri += parameters;
    if (const char* vfs = WorkspaceVfsName()) {
        uri += "&vfs=";
        uri += vfs;
    }
    return uri;
}

}  // namespace

void HardenConnection(SQLite::Database& db) {
    sqlite3* handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    db.setBusyTimeout(kBusyTimeoutMs);
    db.exec("PRAGMA cell_size_check = ON");
    db.exec("PRAGMA mmap_size = 0");
    db.exec("PRAGMA foreign_keys = ON");
}

void UseCopySafeJournal(SQLite::Database& db) {
    // PERSIST keeps the journal file and zeroes its header at commit: as cheap as WAL per commit
    // (measured in bench/workspace), but the main file always holds every committed change.
    db.exec("PRAGMA journal_mode = PERSIST");
    db.exec(std::string("PRAGMA journal_size_limit = ") + kJournalSizeLimit);
    db.exec("PRAGMA synchronous = FULL");
    // A rollback journal must be synced before each spill of the page cache into the file: with
    // SQLite's 2 MB default an evidence import synced every two chunks. 32 MiB spills rarely and
    // keeps an import well under its 64 MB memory budget.
    db.exec("PRAGMA cache_size = -32768");
    // If another program still holds the file open in WAL mode, the switch above cannot happen
    // yet; then every commit is checkpointed into the main file at once.
    db.exec("PRAGMA wal_autocheckpoint = 1");
}

bool CanWriteWorkspace(const std::filesystem::path& path) {
    const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    return MayWrite(path) && MayWrite(folder);
}

std::unique_ptr<SQLite::Database> OpenWorkspaceDatabase(const std::filesystem::path& path, DatabaseAccess access) {
    const std::string name = PathToUtf8(path);
    return GuardSqlite(name, [&] {
        std::unique_ptr<SQLite::Database> db;
        if (access == DatabaseAccess::ReadWrite) {
            db =
                std::make_unique<SQLite::Database>(FileUri(path, "mode=rw"), SQLite::OPEN_READWRITE | SQLite::OPEN_URI);
            HardenConnection(*db);
            return db;
        }
        try {
            db = std::make_unique<SQLite::Database>(FileUri(path, "mode=ro"), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
            HardenConnection(*db);
            // Reading the schema touches the file: a write-ahead log that cannot be opened
            // read-only (read-only media) fails here rather than on the first real query.
            (void)db->execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
            return db;
        } catch (const SQLite::Exception& error) {
            // A program killed while committing leaves a hot journal: the last committed state
            // is restored by the first connection that may write (SQLite's own recovery), then
            // the file is read as asked.
            if (error.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK && CanWriteWorkspace(path)) {
                db.reset();
                {
                    SQLite::Database recover(FileUri(path, "mode=rw"), SQLite::OPEN_READWRITE | SQLite::OPEN_URI);
                    HardenConnection(recover);
                    (void)recover.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
                }
                db = std::make_unique<SQLite::Database>(FileUri(path, "mode=ro"),
                                                        SQLite::OPEN_READONLY | SQLite::OPEN_URI);
                HardenConnection(*db);
                return db;
            }
            const int code = error.getErrorCode() & 0xff;
            // Only where nobody, us included, may change the file: never to read past a writer's lock.
            if ((code != SQLITE_CANTOPEN && code != SQLITE_READONLY) || CanWriteWorkspace(path)) {
                throw;
            }
        }
        // Read-only media, or a folder we may not write: nobody can change the file under us, so
        // SQLite may read it without locks or a journal.
        db = std::make_unique<SQLite::Database>(FileUri(path, "immutable=1"), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        HardenConnection(*db);
        return db;
    });
}

}  // namespace ziwb::core
