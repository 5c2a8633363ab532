#include "session/workspace_copy.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <random>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "util/wx_text.hpp"
#include "workspace/workspace.hpp"

#include <wx/intl.h>

namespace ziwb::gui {

void CopyWorkspace(const std::filesystem::path& source, const std::filesystem::path& target,
                   core::ProgressSink& progress) {
    // Opening through the core checks that the source is a workspace this version reads.
    (void)core::Workspace::Open(source, core::Workspace::Access::ReadOnly);
    std::error_code error;
    if (std::filesystem::equivalent(source, target, error)) {
        throw core::UserError(Utf8(_("A copy cannot replace the workspace itself: choose another file name.")));
    }
    const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::random_device random;
    const auto temporary =
        folder / core::PathFromUtf8("." + core::PathToUtf8(target.filename()) + ".copy-" + std::to_string(random()));
    progress.Report(0, 0, core::PathToUtf8(target.filename()));
    try {
        SQLite::Database db(core::PathToUtf8(source), SQLite::OPEN_READONLY);
        db.setBusyTimeout(5000);
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, core::PathToUtf8(temporary));
        vacuum.exec();
    } catch (const std::exception& failure) {
        std::filesystem::remove(temporary, error);
        throw core::UserError(Utf8(wxString::Format(_("The copy could not be written to %s: %s"), Wx(target),
                                                    wxString::FromUTF8(failure.what()))));
    }
    std::filesystem::rename(temporary, target, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        throw core::UserError(Utf8(wxString::Format(_("The copy could not be written to %s: %s"), Wx(target),
                                                    wxString::FromUTF8(error.message()))));
    }
}

}  // namespace ziwb::gui
