#include "workspace/workspace_copy.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <random>
#include <system_error>

#include "common/error.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "workspace/database_open.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ziwb::core {
namespace {

// VACUUM INTO leaves durability to the caller: the copy must be on disk before it gets its name.
void SyncToDisk(const std::filesystem::path& path) {
#ifdef _WIN32
    (void)path;  // MoveFileExW below is called with MOVEFILE_WRITE_THROUGH
#else
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#endif
}

// Gives `temporary` the name `target` unless something already has that name, atomically.
bool RenameWithoutReplacing(const std::filesystem::path& temporary, const std::filesystem::path& target) {
#ifdef _WIN32
    return MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_WRITE_THROUGH) != 0;
#else
    if (::link(temporary.c_str(), target.c_str()) != 0) {
        return false;
    }
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return true;
#endif
}

void RemoveCopy(const std::filesystem::path& temporary) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    std::filesystem::remove(temporary.string() + "-journal", ignored);
}

}  // namespace

void CopyWorkspace(const std::filesystem::path& from, const std::filesystem::path& to, ProgressSink& progress) {
    // Opening through the core checks that the source is a workspace this version reads.
    auto source = Workspace::Open(from, Workspace::Access::ReadOnly);
    std::error_code error;
    if (std::filesystem::exists(to, error) || std::filesystem::is_symlink(to, error)) {
        if (std::filesystem::equivalent(from, to, error)) {
            throw UserError(Tr("a copy cannot replace the workspace itself: choose another file name"));
        }
        throw UserError(
            Format(Tr("{0} already exists: choose another name; a copy never replaces a file"), {to.string()}));
    }
    const auto folder = to.parent_path().empty() ? std::filesystem::path(".") : to.parent_path();
    if (!std::filesystem::is_directory(folder, error)) {
        throw UserError(Format(Tr("the folder {0} does not exist"), {folder.string()}));
    }
    std::random_device random;
    const auto temporary = folder / ("." + to.filename().string() + ".ziwb-tmp-" + std::to_string(random()));
    progress.Report(0, 3, to.filename().string());
    try {
        GuardSqlite(to.string(), [&] {
            SQLite::Database& db = source.Database();
            // VACUUM INTO attaches its output; the hardened connection allows no attachments.
            sqlite3_limit(db.getHandle(), SQLITE_LIMIT_ATTACHED, 1);
            SQLite::Statement vacuum(db, "VACUUM INTO ?");
            vacuum.bind(1, temporary.string());
            vacuum.exec();
            sqlite3_limit(db.getHandle(), SQLITE_LIMIT_ATTACHED, 0);
        });
        if (progress.CancelRequested()) {
            throw Cancelled(Tr("cancelled; no copy was written"));
        }
        progress.Report(1, 3, to.filename().string());
        {
            // The copy is read back as a stranger's file would be, then given the journal settings
            // of every workspace, and its integrity checked page by page.
            auto copy = Workspace::Open(temporary, Workspace::Access::ReadWrite);
            GuardSqlite(to.string(), [&] {
                SQLite::Statement check(copy.Database(), "PRAGMA integrity_check(1)");
                if (!check.executeStep() || check.getColumn(0).getString() != "ok") {
                    throw Error(Format(Tr("the copy {0} did not read back whole; nothing was written"), {to.string()}));
                }
            });
        }
        progress.Report(2, 3, to.filename().string());
        SyncToDisk(temporary);
        if (!RenameWithoutReplacing(temporary, to)) {
            throw UserError(Format(Tr("{0} could not be written (it may have appeared meanwhile, or the folder is "
                                      "not writable); nothing was written"),
                                   {to.string()}));
        }
    } catch (...) {
        RemoveCopy(temporary);
        throw;
    }
    RemoveCopy(temporary);  // only its journal is left by now
    progress.Report(3, 3, to.filename().string());
}

}  // namespace ziwb::core
