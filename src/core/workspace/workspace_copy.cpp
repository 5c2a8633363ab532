// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspace_copy.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "io/safe_file.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

void CopyWorkspace(const std::filesystem::path& from, const std::filesystem::path& to, ProgressSink& progress) {
    // Opening through the core checks that the source is a workspace this version reads.
    auto source = Workspace::Open(from, Workspace::Access::ReadOnly);
    std::error_code error;
    if (std::filesystem::exists(to, error) && std::filesystem::equivalent(from, to, error)) {
        throw UserError(Tr("a copy cannot replace the workspace itself: choose another file name"));
    }
    // SafeFile refuses an existing target, syncs the copy and gives it its name only when whole;
    // SQLite writes into the empty temporary file it made.
    SafeFile output(to, Overwrite::Refused);
    const auto& temporary = output.TemporaryPath();
    const auto remove_journal = [&] {
        auto journal = temporary;
        journal += "-journal";
        std::filesystem::remove(journal, error);
    };
    progress.Report(0, 3, PathToUtf8(to.filename()));
    try {
        GuardSqlite(PathToUtf8(to), [&] {
            SQLite::Database& db = source.Database();
            // VACUUM INTO attaches its output; the hardened connection allows no attachments.
            sqlite3_limit(db.getHandle(), SQLITE_LIMIT_ATTACHED, 1);
            SQLite::Statement vacuum(db, "VACUUM INTO ?");
            vacuum.bind(1, PathToUtf8(temporary));
            vacuum.exec();
            sqlite3_limit(db.getHandle(), SQLITE_LIMIT_ATTACHED, 0);
        });
        if (progress.CancelRequested()) {
            throw Cancelled(Tr("cancelled; no copy was written"));
        }
        progress.Report(1, 3, PathToUtf8(to.filename()));
        {
            // The copy is read back as a stranger's file would be, given the journal settings of
            // every workspace, and its integrity checked page by page.
            auto copy = Workspace::Open(temporary, Workspace::Access::ReadWrite);
            GuardSqlite(PathToUtf8(to), [&] {
                SQLite::Statement check(copy.Database(), "PRAGMA integrity_check(1)");
                if (!check.executeStep() || check.getColumn(0).getString() != "ok") {
                    throw Error(
                        Format(Tr("the copy {0} did not read back whole; nothing was written"), {PathToUtf8(to)}));
                }
            });
        }
        progress.Report(2, 3, PathToUtf8(to.filename()));
        output.Commit();
    } catch (...) {
        remove_journal();
        throw;
    }
    remove_journal();
    progress.Report(3, 3, PathToUtf8(to.filename()));
}

}  // namespace ziwb::core
