// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "export/xlsx_book.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"

namespace ziwb::core {

inline constexpr const char* kReadinessSheet = "Kesiapan";
inline constexpr const char* kPlanSheet = "Rencana Aksi";

/// Writes sheet "Kesiapan": every problem of the pre-submission check, most points at stake first,
/// each with the criterion and the action that fixes it.
void WriteReadinessSheet(xlsx::Book& book, const std::vector<ReadinessFinding>& findings);

/// Writes sheet "Rencana Aksi": the action plan by due date; tasks past `today` and not done are
/// filled red.
void WritePlanSheet(xlsx::Book& book, const Form& form, const std::vector<PlanTask>& tasks, const std::string& today);

}  // namespace ziwb::core
