// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "form/form.hpp"
#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"
#include "signoff/signoff.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A sentence about a criterion that needs attention (not computable, counts missing, a count
/// above its total), or empty when there is nothing to say.
[[nodiscard]] std::string DescribeFinding(const Form& form, const FormNode& criterion, const CriterionFinding& finding);

/// DescribeFinding for the node at `index` of a scored report.
[[nodiscard]] std::string DescribeFindingFor(const Form& form, const ScoreReport& report, int index);

/// A condition's actual or required value as text.
[[nodiscard]] std::string ConditionValueText(const ConditionValue& value);

struct ScoreContext {
    const WorkspaceInfo* info = nullptr;
    Layer layer = Layer::Unit();
    /// The prerequisites' states, shown beside the score when given (product rule 7).
    const std::vector<PrerequisiteState>* prerequisites = nullptr;
    /// False when the workspace's copy of its form is not byte-identical to a form this
    /// installation knows: the numbers then follow a form nobody here can vouch for.
    bool form_matches_installed = true;
    /// The leader's sign-off compared with the unit layer now, shown when given.
    const SignoffStatus* signoff = nullptr;
};

/// The score as one JSON object: total, pengungkit, hasil, completeness (0-100),
/// total_if_unanswered_zero, nodes keyed by code (value, weight, percent, completeness; criteria
/// also answer and status), findings, eligibility per predicate with every unmet condition, and
/// (with prerequisites in the context) the prerequisites and whether the unit may be proposed.
[[nodiscard]] std::string ScoreJson(const Form& form, const AnswerSet& answers, const ScoreReport& report,
                                    const ScoreContext& context);

/// One line warning that a workspace's form copy differs from every installed form.
[[nodiscard]] std::string FormMismatchWarning(const Form& form);

/// The score as a table for a terminal, in the current language.
/// `criteria` lists every criterion too; otherwise the tree stops at subindicators.
[[nodiscard]] std::string ScoreTable(const Form& form, const AnswerSet& answers, const ScoreReport& report,
                                     const ScoreContext& context, bool criteria);

}  // namespace ziwb::core
