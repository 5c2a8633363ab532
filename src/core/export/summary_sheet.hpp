// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "export/lke_sheet.hpp"
#include "signoff/signoff.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::core {

/// Writes sheet "Rekap": each change area's Pemenuhan and Reform against its weight and the WBK and
/// WBBM minimums, the components and the total, completeness, the verdicts with every unmet
/// condition, the leader's sign-off (when given), the prerequisites, and a chart of the areas against the thresholds.
/// Values are live references into "LKE ZI" with the engine's numbers cached.
void WriteSummarySheet(xlsx::Book& book, const Form& form, const WorkspaceInfo& info, const ExportLayer& layer,
                       const LkeSheetMap& lke, std::size_t layer_index,
                       const std::vector<PrerequisiteState>& prerequisites, const SignoffStatus* signoff = nullptr);

}  // namespace ziwb::core
