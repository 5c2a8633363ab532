// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ziwb::core {

class Workspace;

/// The kop surat, set once per workspace (register letterhead/unit): its text lines (the
/// authority, the unit, then address and contacts) and the logo's bytes.
struct Letterhead {
    std::vector<std::string> lines;
    std::string logo;  ///< PNG or JPEG bytes; empty when there is no logo
    std::string logo_sha256;
    std::string author;
    std::string updated_at;
};

/// The workspace's letterhead, or nothing when none was set (or the file is older than the
/// documents).
[[nodiscard]] std::optional<Letterhead> LoadLetterhead(Workspace& workspace);

/// What to change: new lines (none: keep them), a new logo file, or no logo any more.
struct LetterheadChange {
    std::vector<std::string> lines;
    std::optional<std::filesystem::path> logo;
    bool remove_logo = false;
};

/// Sets the letterhead in one entry of the unit layer; the logo is stored in the workspace like an
/// evidence file. Throws UserError (nothing changed) for empty or too many lines, a logo that is
/// not a readable PNG or JPEG of at most 2 MiB, or no lines on a first letterhead.
void SetLetterhead(Workspace& workspace, const LetterheadChange& change, const std::string& author);

}  // namespace ziwb::core
