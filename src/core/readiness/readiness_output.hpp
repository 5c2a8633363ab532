// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "form/form.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"
#include "readiness/readiness_path.hpp"

namespace ziwb::core {

/// The check as JSON: {"findings": [{"kind", "code", "points", "problem", "action", "evidence"}],
/// "count", "points"} (points: the sum at stake over criteria).
[[nodiscard]] std::string CheckJson(const std::vector<ReadinessFinding>& findings);
/// The check for a terminal: one line per problem, most points first, then its action.
[[nodiscard]] std::string CheckTable(const std::vector<ReadinessFinding>& findings);

/// The path as JSON: predicate, found, proven_optimal, cost, points, steps [{code, from, to,
/// points, cost, area}], alternatives [{cost, points, steps}], blocking, outside, assumed_lowest.
[[nodiscard]] std::string PathJson(const ReadinessPath& path);
/// The path for a terminal: criterion, from, to, points gained, area; then the alternatives.
[[nodiscard]] std::string PathTable(const Form& form, const ReadinessPath& path);

/// The plan as JSON: {"today", "tasks": [{id, code, task, person, due_date, status, overdue, due_this_week}]}.
[[nodiscard]] std::string PlanJson(const std::vector<PlanTask>& tasks, std::string_view today);
/// The plan for a terminal; overdue tasks are marked.
[[nodiscard]] std::string PlanTable(const std::vector<PlanTask>& tasks, std::string_view today);

}  // namespace ziwb::core
