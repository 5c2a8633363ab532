// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/journal_vfs.hpp"

#ifndef _WIN32

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <mutex>
#include <set>
#include <string>

namespace ziwb::core {
namespace {

constexpr const char* kVfsName = "ziwb-journal";

struct JournalVfs {
    sqlite3_vfs vfs{};
    sqlite3_vfs* system = nullptr;
    std::mutex mutex;
    // Journals whose folder this process has synced while the journal existed: from then on the
    // journal's name is on the disk, and reopening it needs no folder sync.
    std::set<std::string> folder_synced;
};

JournalVfs& Instance() {
    static JournalVfs instance;
    return instance;
}

bool SyncFolderOf(const std::string& file) {
    const auto slash = file.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : file.substr(0, slash);
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// True when `journal` exists and its folder entry is known to be on the disk.
bool JournalNameIsDurable(JournalVfs& self, const char* journal) {
    int exists = 0;
    if (self.system->xAccess(self.system, journal, SQLITE_ACCESS_EXISTS, &exists) != SQLITE_OK || exists == 0) {
        return false;
    }
    const std::lock_guard lock(self.mutex);
    if (self.folder_synced.contains(journal)) {
        return true;
    }
    if (!SyncFolderOf(journal)) {
        return false;
    }
    self.folder_synced.emplace(journal);
    return true;
}

int OpenFile(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* out_flags) {
    JournalVfs& self = Instance();
    sqlite3_vfs* system = self.system;
    const bool creates_journal =
        name != nullptr && (flags & SQLITE_OPEN_MAIN_JOURNAL) != 0 && (flags & SQLITE_OPEN_CREATE) != 0;
    if (creates_journal && JournalNameIsDurable(self, name) &&
        system->xOpen(system, name, file, flags & ~SQLITE_OPEN_CREATE, out_flags) == SQLITE_OK) {
        return SQLITE_OK;
    }
    // Not there (or removed since): SQLite creates it and syncs its folder, as it always does.
    return system->xOpen(system, name, file, flags, out_flags);
}

}  // namespace

const char* WorkspaceVfsName() {
    static std::once_flag registered;
    static bool available = false;
    std::call_once(registered, [] {
        JournalVfs& self = Instance();
        self.system = sqlite3_vfs_find(nullptr);
        if (self.system == nullptr || self.system->iVersion < 1) {
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

}  // namespace ziwb::core

#else

namespace ziwb::core {

// Windows keeps a persistent journal open between transactions and never syncs folders.
const char* WorkspaceVfsName() {
    return nullptr;
}

}  // namespace ziwb::core

#endif
