// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "form/form.hpp"
#include "scoring/score_report.hpp"

namespace ziwb::core {

struct UnitStanding;

/// Judges every predicate of the form (WBK, WBBM) against a scored report: each minimum, the
/// per-area rule, the predicate the unit must already hold (rule 6) and a complete LKE. Values are
/// compared rounded half-up to 2 decimals (rule 4). Every unmet condition is listed.
[[nodiscard]] std::vector<Verdict> JudgeEligibility(const Form& form, const ScoreReport& report,
                                                    const UnitStanding& standing);

}  // namespace ziwb::core
