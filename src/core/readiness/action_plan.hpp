// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readiness/readiness_path.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A task's status. Stored as "todo", "doing", "done"; shown as belum mulai, berjalan, selesai.
[[nodiscard]] std::string PlanStatusLabel(std::string_view status);
/// Reads a status as users type it (todo/doing/done, or belum-mulai/berjalan/selesai, either
/// language); throws UserError naming the accepted words.
[[nodiscard]] std::string ParsePlanStatus(std::string_view text);

/// One line of the action plan (rencana aksi).
struct PlanTask {
    std::int64_t id = 0;
    std::string code;
    std::string task;
    std::string person;    ///< free text until the team register exists
    std::string due_date;  ///< YYYY-MM-DD or empty
    std::string status = "todo";
    std::string target;  ///< the answer the task aims at, when built from a path
    std::string updated_by;
    std::string updated_at;

    /// Past its due date and not done.
    [[nodiscard]] bool Overdue(std::string_view today) const;
    /// Not done and due within the 7 days from `today` (today included).
    [[nodiscard]] bool DueThisWeek(std::string_view today) const;
};

/// The plan, ordered by due date (undated last), then as added.
[[nodiscard]] std::vector<PlanTask> LoadPlan(Workspace& workspace);

/// Adds a task; checks the criterion code and the date. Returns its id.
std::int64_t AddPlanTask(Workspace& workspace, const PlanTask& task, const std::string& author);

/// Changes a task's status (and, when not empty, its person or due date).
void UpdatePlanTask(Workspace& workspace, std::int64_t id, const std::string& status, const std::string& person,
                    const std::string& due_date, const std::string& author);

/// One task per step of the path, all in one transaction, each due on `due_date` (may be empty).
/// Steps that already have an unfinished task with the same target are skipped. Returns the ids.
std::vector<std::int64_t> AddPlanFromPath(Workspace& workspace, const PathOption& path, const std::string& person,
                                          const std::string& due_date, const std::string& author);

/// Today's date as YYYY-MM-DD (local time: due dates are the team's calendar days).
[[nodiscard]] std::string TodayDate();
/// `date` plus `days` days, as YYYY-MM-DD.
[[nodiscard]] std::string AddDays(std::string_view date, int days);

}  // namespace ziwb::core
