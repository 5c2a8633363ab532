// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "documents/document_render.hpp"
#include "documents/document_template.hpp"
#include "pdf/pdf_layout.hpp"

namespace ziwb::core {

/// Draws one block of an evaluation report (<evaluators/>, <scores/>, <verdicts/>, <differences/>,
/// <rejected-evidence/>, <recommendations/>) from the input's evaluation data. The report is an
/// Indonesian official document: the column headings are Indonesian whatever the interface
/// language, and figures carry the decimal comma.
void DrawEvaluationBlock(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input);

/// The value of an {evaluation.*} field, or of {unit.predicate}, for the input's evaluation ("" when
/// the input has none).
[[nodiscard]] std::string EvaluationFieldValue(const std::string& field, const DocumentInput& input);

/// Whether a paragraph with when= prints for the input's evaluation: "open-reviews", "closed",
/// "not-closed"; an empty condition always holds.
[[nodiscard]] bool EvaluationConditionHolds(const std::string& when, const DocumentInput& input);

/// "1,50" (two decimals, a decimal comma) or "-" for no value.
[[nodiscard]] std::string ReportFigure(std::optional<double> value);

}  // namespace ziwb::core
