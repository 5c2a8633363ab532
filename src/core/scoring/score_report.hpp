// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ziwb::core {

enum class CriterionStatus {
    Unanswered,
    Answered,
    Incomplete,     ///< some inputs of a percentage item are still empty
    NotComputable,  ///< a denominator is zero (product rule 1); counts as unanswered
};

/// The score of one node of the form (same index as in Form::Nodes()).
struct NodeScore {
    /// The official figure: unanswered criteria are left out of averages, as the workbook's AVERAGE
    /// skips "Blm Diisi". Empty where nothing below is answered. Criteria inside a subindicator have
    /// their 0..1 value; every other node its weighted value.
    std::optional<double> value;
    /// The same with every unanswered criterion counted as 0 (product rule 3).
    double value_if_unanswered_zero = 0.0;
    std::optional<double> weight;
    int criteria = 0;
    int answered = 0;
    [[nodiscard]] double Completeness() const { return criteria == 0 ? 1.0 : static_cast<double>(answered) / criteria; }
    /// value / weight (0..1), or value itself for an unweighted criterion.
    [[nodiscard]] std::optional<double> Fraction() const;
};

/// What the engine found about one criterion besides its value.
struct CriterionFinding {
    CriterionStatus status = CriterionStatus::Unanswered;
    std::vector<std::string> missing_inputs;           ///< Incomplete: the input ids still empty
    std::vector<std::string> zero_denominator_inputs;  ///< NotComputable: the inputs to change
    bool ratio_above_one = false;                      ///< capped at 100%, likely a data error (rule 2)
};

/// A number or a text, for conditions such as "holds predicate WBK".
using ConditionValue = std::variant<double, std::string>;

/// One condition of a predicate that is not met, actual against required.
struct UnmetCondition {
    std::string condition;  ///< readable, in the current language and the form's terms
    ConditionValue actual;
    ConditionValue required;
    std::string target_code;  ///< where the points are missing (a node code), or empty
};

struct Verdict {
    std::string predicate;  ///< "WBK", "WBBM"
    bool eligible = false;
    std::vector<UnmetCondition> unmet;
};

/// Everything the engine computes for one set of answers.
struct ScoreReport {
    std::vector<NodeScore> nodes;
    std::vector<CriterionFinding> findings;  ///< indexed like nodes; meaningful for criteria
    std::vector<Verdict> verdicts;

    [[nodiscard]] double Total() const { return nodes.front().value.value_or(0.0); }
    [[nodiscard]] double TotalIfUnansweredZero() const { return nodes.front().value_if_unanswered_zero; }
    [[nodiscard]] double Completeness() const { return nodes.front().Completeness(); }
    [[nodiscard]] const Verdict* FindVerdict(const std::string& predicate) const;
};

}  // namespace ziwb::core
