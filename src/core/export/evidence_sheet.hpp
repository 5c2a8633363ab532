// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "evidence/evidence_vault.hpp"
#include "export/xlsx_book.hpp"
#include "form/form.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// The evidence rows of the workbook, in form order: one row per item and criterion it backs.
struct EvidenceRows {
    struct Row {
        const FormNode* criterion;
        const EvidenceItem* item;
        std::string state;  ///< the checklist state of the item for this criterion, as the sheet shows it
    };
    std::vector<Row> rows;
    /// Criterion code -> first row (zero-based, on the "Bukti Dukung" sheet) and number of items.
    std::map<std::string, std::pair<int, int>> by_code;
    [[nodiscard]] bool Empty() const { return rows.empty(); }
};

inline constexpr const char* kEvidenceSheet = "Bukti Dukung";
inline constexpr int kEvidenceFirstRow = 2;

/// Plans the rows; the state comes from the evaluator's checklist of each criterion.
[[nodiscard]] EvidenceRows PlanEvidenceRows(Workspace& workspace, const std::vector<EvidenceItem>& items);

/// Writes sheet "Bukti Dukung": criterion, title, file or URL, SHA-256, size, document date, who
/// added it and when, and a hyperlink to the file inside an evidence bundle exported into
/// `bundle_folder` beside the workbook ('ziwb evidence export WS <bundle_folder>').
void WriteEvidenceSheet(xlsx::Book& book, const Form& form, const EvidenceRows& rows, const std::string& bundle_folder);

}  // namespace ziwb::core
