// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace ziwb::core {

class ProgressSink;

/// Writes a compact, self-contained copy of the workspace at `from` to `to`, consistent even while
/// another program has it open or is writing it (SQLite's VACUUM INTO reads one snapshot). The
/// copy is checked as a received file would be (schema, form, full integrity check) before it
/// appears under its name, and it never replaces an existing file. Throws UserError saying why.
void CopyWorkspace(const std::filesystem::path& from, const std::filesystem::path& to, ProgressSink& progress);

}  // namespace ziwb::core
