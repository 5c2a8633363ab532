// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One criterion the two layers answer differently, with what the difference is worth.
struct AnswerDifference {
    std::string code;
    std::optional<std::string> first_answer;  ///< canonical text, empty when unanswered
    std::optional<std::string> second_answer;
    std::string second_note;  ///< the reviewing layer's note: why it differs
    /// How much the first layer's total moves when this one answer is replaced by the second's
    /// (negative: the evaluator's answer costs the unit points).
    double points = 0.0;
};

/// Two layers' scores side by side: totals, areas, verdicts, and the differences ranked by the
/// points at stake (largest first).
struct ScoreComparison {
    Layer first = Layer::Unit();
    Layer second = Layer::Tpi();
    ScoreReport first_report;
    ScoreReport second_report;
    std::vector<AnswerDifference> differences;
};

[[nodiscard]] ScoreComparison CompareLayers(const Workspace& workspace, const Layer& first, const Layer& second);

/// "unit,tpi": two different layers of the form; throws UserError otherwise.
[[nodiscard]] std::pair<Layer, Layer> ParseLayerPair(const Form& form, std::string_view text);

/// For people: totals, areas and verdicts in two columns, then the differences by points.
[[nodiscard]] std::string ComparisonTable(const Form& form, const ScoreComparison& comparison);
/// For programs: {"layers", "totals", "areas", "verdicts", "differences"}.
[[nodiscard]] std::string ComparisonJson(const Form& form, const ScoreComparison& comparison);

}  // namespace ziwb::core
