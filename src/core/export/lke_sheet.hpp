// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "export/xlsx_book.hpp"
#include "form/form.hpp"
#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One layer's answers as they go into the workbook (the unit's, the evaluator's).
struct ExportLayer {
    Layer layer = Layer::Unit();
    const AnswerSet* answers = nullptr;
    const ScoreReport* report = nullptr;
    std::map<std::string, std::string> notes;  ///< code -> note
};

/// Where things landed on the LKE sheet, for the sheets that refer to it.
struct LkeSheetMap {
    std::map<std::string, int> row_of;  ///< node code -> row (zero-based)
    int total_row = 0;
    std::vector<int> value_columns;  ///< per exported layer, the Nilai column
};

/// The text the official workbook shows for an item without a value.
inline constexpr const char* kNotAnswered = "Blm Diisi";

/// Writes sheet "LKE ZI" in the Lampiran III layout: the hierarchy with codes, Bobot, Penjelasan,
/// Pilihan Jawaban, then per layer Jawaban, Nilai, %, Catatan; count rows ("Jumlah") under every
/// percentage item; TOTAL rows per component and the NILAI EVALUASI ZONA INTEGRITAS. Every Nilai
/// and total is a live formula built from the form (never from criterion codes), carrying the
/// engine's value as its cached result.
/// With `evidence` (criterion code -> first row and count on the "Bukti Dukung" sheet), a last
/// column shows each criterion's number of items and links to them.
LkeSheetMap WriteLkeSheet(xlsx::Book& book, const Form& form, const WorkspaceInfo& info,
                          const std::vector<ExportLayer>& layers,
                          const std::map<std::string, std::pair<int, int>>* evidence = nullptr);

}  // namespace ziwb::core
