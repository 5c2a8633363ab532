// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluation_report/evaluation_report.hpp"
#include "export/xlsx_book.hpp"

namespace ziwb::core {

inline constexpr const char* kEvaluationSheet = "LHE";

/// Writes sheet "LHE": the evaluation report's content (ziwb report lhe) as rows: the unit and its
/// evaluators, both scores per component and area, the verdicts with every unmet condition, the
/// criteria the evaluator changed, the rejected evidence and the recommendations.
void WriteEvaluationSheet(xlsx::Book& book, const Form& form, const EvaluationReportData& data);

}  // namespace ziwb::core
