// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "evidence/evidence_vault.hpp"

namespace ziwb::core {

/// One file found under the folder: where it would go, or why it cannot be imported.
struct FolderImportEntry {
    std::filesystem::path path;
    std::string relative;  ///< path below the imported folder
    std::string code;      ///< the criterion it maps to; empty when it maps nowhere
    std::string problem;   ///< why it is refused or not mapped; empty when it will be imported
    std::string warning;
    std::uint64_t size = 0;
};

/// What an import of a folder would do (the dry run) and, after ImportFolder, what it did.
struct FolderImportPlan {
    std::vector<FolderImportEntry> entries;
    [[nodiscard]] std::size_t Mapped() const;
};

/// The criterion code a path names: the longest code of a criterion found in the path, in its
/// folders or file name, with ".", "_", "-", " " or "/" between the parts ("A.I.1.i.a SK Tim.pdf",
/// "A_I_1_i_a/...", "A.I.1/i/a/SK.pdf"). Empty when none.
[[nodiscard]] std::string FindCriterionCode(const Form& form, const std::string& relative_path);

/// The title of an imported file: its name without the extension and without the criterion code
/// that leads it ("A.I.1.i.a SK Tim Kerja.pdf" gives "SK Tim Kerja"); the name itself when nothing
/// is left.
[[nodiscard]] std::string TitleFromFileName(const std::string& file_name, const std::string& code);

/// Walks the folder as teams keep it today and maps each file to a criterion. Nothing is written.
[[nodiscard]] FolderImportPlan PlanFolderImport(const Form& form, const std::filesystem::path& folder,
                                                const EvidenceLimits& limits);

/// Imports every mapped file of the plan, each in its own transaction: a cancelled or killed import
/// keeps the files done before. Files that fail are marked with their problem; the rest go on.
void ImportFolder(Workspace& workspace, FolderImportPlan& plan, const EvidenceLimits& limits, const std::string& author,
                  ProgressSink& progress);

}  // namespace ziwb::core
