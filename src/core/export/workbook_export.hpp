// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Which answer layers go into the workbook.
enum class ExportLayers {
    Automatic,  ///< the unit's, and the evaluator's when it has answers
    Unit,
    Tpi,
    Both,
};

struct WorkbookOptions {
    ExportLayers layers = ExportLayers::Automatic;
    /// The document's creation time; a fixed value makes the same workspace give a byte-identical
    /// file (golden tests). Empty: now.
    std::optional<std::time_t> created;
    /// The folder name the "Bukti Dukung" hyperlinks expect beside the workbook, holding the
    /// bundle of 'ziwb evidence export'.
    std::string evidence_folder = "bukti-dukung";
    /// The day overdue tasks of the "Rencana Aksi" sheet are judged against (YYYY-MM-DD); empty:
    /// today.
    std::string today;
};

/// Writes the submission workbook (xlsx): "LKE ZI" in the official layout with live formulas that
/// carry the engine's values, "Rekap", and "Bukti Dukung" when the workspace holds evidence. The
/// file appears only when complete. "Kesiapan" lists the pre-submission check's problems and
/// "Rencana Aksi" the action plan, when there is one.
void ExportWorkbook(Workspace& workspace, const std::filesystem::path& path, const WorkbookOptions& options);

/// Parses "2026-01-31T08:00:00Z" (UTC) for WorkbookOptions::created; throws UserError otherwise.
[[nodiscard]] std::time_t ParseUtcTimestamp(const std::string& text);

}  // namespace ziwb::core
