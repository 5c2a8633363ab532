#pragma once

#include <filesystem>

#include "common/progress.hpp"

namespace ziwb::gui {

/// Writes a consistent copy of a workspace (answers, history, evidence) to `target` with SQLite's
/// VACUUM INTO, on its own read-only connection, so it may run off the UI thread while the user
/// goes on answering. The copy appears under its name only when complete; an existing file there
/// is replaced only then. Throws core::UserError when it cannot be written.
void CopyWorkspace(const std::filesystem::path& source, const std::filesystem::path& target,
                   core::ProgressSink& progress);

}  // namespace ziwb::gui
