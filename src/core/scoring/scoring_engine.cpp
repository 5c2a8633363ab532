// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/scoring_engine.hpp"

#include <array>

#include "scoring/eligibility.hpp"

namespace ziwb::core {

std::optional<double> NodeScore::Fraction() const {
    if (!value) {
        return std::nullopt;
    }
    if (!weight) {
        return value;
    }
    return *weight == 0.0 ? std::nullopt : std::optional<double>(*value / *weight);
}

const Verdict* ScoreReport::FindVerdict(const std::string& predicate) const {
    for (const auto& verdict : verdicts) {
        if (verdict.predicate == predicate) {
            return &verdict;
        }
    }
    return nullptr;
}

std::optional<double> CriterionValue(const Form& form, const FormNode& criterion, const std::optional<Answer>& answer,
                                     CriterionFinding& finding) {
    finding = CriterionFinding{};
    if (!answer) {
        return std::nullopt;
    }
    if (criterion.answer_kind == AnswerKind::Choice) {
        const ScaleChoice* choice = form.ScaleOf(criterion).Find(answer->choice);
        if (choice == nullptr) {
            return std::nullopt;
        }
        finding.status = CriterionStatus::Answered;
        return choice->value;
    }
    // Inputs live on the stack: no item has more than a handful, and scoring must not allocate.
    std::array<double, 16> values{};
    const std::size_t count = std::min(criterion.inputs.size(), values.size());
    for (std::size_t i = 0; i < count; ++i) {
        if (i >= answer->inputs.size() || !answer->inputs[i]) {
            finding.missing_inputs.push_back(criterion.inputs[i].id);
        } else {
            values[i] = *answer->inputs[i];
        }
    }
    if (!finding.missing_inputs.empty()) {
        finding.status = CriterionStatus::Incomplete;
        return std::nullopt;
    }
    const EvaluationResult result = criterion.formula.Evaluate(std::span<const double>(values.data(), count));
    if (!result.computable) {
        finding.status = CriterionStatus::NotComputable;
        for (const int input : result.zero_denominator_inputs) {
            finding.zero_denominator_inputs.push_back(criterion.inputs[static_cast<std::size_t>(input)].id);
        }
        return std::nullopt;
    }
    finding.status = CriterionStatus::Answered;
    finding.ratio_above_one = result.ratio_above_one;
    return result.value;
}

ScoreReport Score(const Form& form, const AnswerSet& answers, const UnitStanding& standing) {
    const auto& nodes = form.Nodes();
    ScoreReport report;
    report.nodes.resize(nodes.size());
    report.findings.resize(nodes.size());

    // Children follow their parent in the node list, so one backwards pass sees every child first.
    // `sum`/`sum_if_zero` collect the children's contributions; `count` the answered children of a
    // subindicator, whose average skips the unanswered ones.
    struct Accumulator {
        double sum = 0.0;
        double sum_if_zero = 0.0;
        int answered_children = 0;
        int children = 0;
        bool any_value = false;
    };
    std::vector<Accumulator> acc(nodes.size());

    for (std::size_t i = nodes.size(); i-- > 0;) {
        const FormNode& node = nodes[i];
        NodeScore& score = report.nodes[i];
        score.weight = node.weight;
        Accumulator& mine = acc[i];
        if (node.IsCriterion()) {
            const auto value = CriterionValue(form, node, answers.Get(static_cast<int>(i)), report.findings[i]);
            score.criteria = 1;
            score.answered = value ? 1 : 0;
            const double factor = node.weight.value_or(1.0);
            if (value) {
                score.value = *value * factor;
            }
            score.value_if_unanswered_zero = value.value_or(0.0) * factor;
        } else if (node.kind == NodeKind::Subindicator) {
            if (mine.answered_children > 0) {
                score.value = mine.sum / mine.answered_children * node.weight.value_or(0.0);
            }
            score.value_if_unanswered_zero =
                mine.children == 0 ? 0.0 : mine.sum_if_zero / mine.children * node.weight.value_or(0.0);
        } else {
            if (mine.any_value) {
                score.value = mine.sum;
            }
            score.value_if_unanswered_zero = mine.sum_if_zero;
        }
        if (node.parent >= 0) {
            Accumulator& up = acc[static_cast<std::size_t>(node.parent)];
            NodeScore& parent = report.nodes[static_cast<std::size_t>(node.parent)];
            parent.criteria += score.criteria;
            parent.answered += score.answered;
            up.children += 1;
            up.sum_if_zero += score.value_if_unanswered_zero;
            if (score.value) {
                up.sum += *score.value;
                up.answered_children += 1;
                up.any_value = true;
            }
        }
    }
    report.verdicts = JudgeEligibility(form, report, standing);
    return report;
}

}  // namespace ziwb::core
