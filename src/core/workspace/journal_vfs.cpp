// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/journal_vfs.hpp"

#ifdef __linux__

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "io/file_primitives.hpp"

namespace ziwb::core {
namespace {

constexpr const char* kVfsName = "ziwb-journal";

// Which file a journal is: a deleted journal's inode number is soon given to a new file, so the
// time the file was made is part of it.
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    std::int64_t born_seconds = 0;
    std::uint32_t born_nanoseconds = 0;
    bool operator==(const FileIdentity&) const = default;
};

std::optional<FileIdentity> IdentityOf(const char* path) {
    struct statx status {};
    if (::statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_INO | STATX_BTIME, &status) != 0 ||
        (status.stx_mask & (STATX_INO | STATX_BTIME)) != (STATX_INO | STATX_BTIME)) {
        return std::nullopt;  // a file system that does not record when a file was made
    }
    return FileIdentity{makedev(status.stx_dev_major, status.stx_dev_minor), status.stx_ino, status.stx_btime.tv_sec,
                        status.stx_btime.tv_nsec};
}

struct JournalVfs {
    sqlite3_vfs vfs{};
    sqlite3_vfs* system = nullptr;
    std::mutex mutex;
    // The journals whose folder this process has synced while they existed: from then on their
    // name is on the disk, and reopening them needs no folder sync. Kept per file, not per name:
    // a journal that another program removed and made again (cp, a sync client, SQLite with
    // synchronous = OFF) may not have its name on the disk yet.
    std::map<std::string, FileIdentity, std::less<>> folder_synced;
    long folder_syncs = 0;  // under `mutex`
};

// Never destroyed: SQLite keeps the VFS registered until the process ends, and a commit made while
// static objects are being destroyed must still find it whole.
JournalVfs& Instance() {
    static JournalVfs& instance = *new JournalVfs;  // NOLINT(cppcoreguidelines-owning-memory)
    return instance;
}

// SQLite hands the VFS full paths, so a journal's name always has a folder.
bool SyncFolderOf(const char* file) {
    return file_primitives::SyncFolder(std::filesystem::path(file).parent_path());
}

// Which file `journal` is, when its folder entry is known to be on the disk: the folder is synced
// now if this is the first time this process sees that file. Nothing when there is no such file.
std::optional<FileIdentity> DurableJournal(JournalVfs& self, const char* journal) {
    const auto identity = IdentityOf(journal);
    if (!identity) {
        return std::nullopt;
    }
    const std::lock_guard lock(self.mutex);
    const auto known = self.folder_synced.find(journal);
    if (known != self.folder_synced.end() && known->second == *identity) {
        return identity;
    }
    if (!SyncFolderOf(journal)) {
        return std::nullopt;
    }
    ++self.folder_syncs;
    self.folder_synced.insert_or_assign(journal, *identity);
    return identity;
}

int OpenFile(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* out_flags) {
    JournalVfs& self = Instance();
    sqlite3_vfs* system = self.system;
    const bool creates_journal =
        name != nullptr && (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0 && (flags & SQLITE_OPEN_CREATE) != 0;
    if (const auto identity = creates_journal ? DurableJournal(self, name) : std::nullopt; identity) {
        if (system->xOpen(system, name, file, flags & ~SQLITE_OPEN_CREATE, out_flags) == SQLITE_OK) {
            // Replaced between the check and the open: sync the folder for the file now there.
            if (IdentityOf(name) != identity) {
                (void)SyncFolderOf(name);
            }
            return SQLITE_OK;
        }
    }
    // Not there, or removed since: SQLite creates it and syncs its folder, as it always does.
    return system->xOpen(system, name, file, flags, out_flags);
}

}  // namespace

const char* WorkspaceVfsName() {
    static std::once_flag registered;
    static bool available = false;
    std::call_once(registered, [] {
        JournalVfs& self = Instance();
        self.system = sqlite3_vfs_find(nullptr);
        if (self.system == nullptr) {
            return;
        }
        // Everything but the name and xOpen is SQLite's own, its private data included, so every
        // other call goes where it always went.
        self.vfs = *self.system;
        self.vfs.pNext = nullptr;
        self.vfs.zName = kVfsName;
        self.vfs.xOpen = OpenFile;
        available = sqlite3_vfs_register(&self.vfs, 0) == SQLITE_OK;
    });
    return available ? kVfsName : nullptr;
}

long JournalFolderSyncs() {
    JournalVfs& self = Instance();
    const std::lock_guard lock(self.mutex);
    return self.folder_syncs;
}

}  // namespace ziwb::core

#else

namespace ziwb::core {

// Windows keeps a persistent journal open between transactions and never syncs folders; other
// systems are not built for.
const char* WorkspaceVfsName() {
    return nullptr;
}

}  // namespace ziwb::core

#endif
