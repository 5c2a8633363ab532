// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "form/form.hpp"
#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"

namespace ziwb::core {

/// The unit's standing that eligibility depends on besides its score.
struct UnitStanding {
    std::string current_predicate;  ///< "" (none) or "WBK"
};

/// Scores a set of answers exactly as the official workbook does (reference README: scoring rules
/// and product rules 1-6). Stateless; one engine serves any form version.
[[nodiscard]] ScoreReport Score(const Form& form, const AnswerSet& answers, const UnitStanding& standing = {});

/// The 0..1 value of one answered criterion, with what was found about it.
[[nodiscard]] std::optional<double> CriterionValue(const Form& form, const FormNode& criterion,
                                                   const std::optional<Answer>& answer, CriterionFinding& finding);

}  // namespace ziwb::core
