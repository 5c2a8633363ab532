// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/action_plan.hpp"

#include "log/change_log.hpp"
#include "log/ids.hpp"
#include "readiness/plan_projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "evidence/evidence_vault.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

// The workspace format that added the action plan (schema.cpp, step 2 -> 3).
constexpr int kFirstSchemaWithPlan = 3;
namespace {

nlohmann::json TaskValue(const PlanTask& task) {
    return nlohmann::json{{"code", task.code},         {"task", task.task},     {"person", task.person},
                          {"due_date", task.due_date}, {"status", task.status}, {"target", task.target}};
}

ChangeDraft PlanDraft(const char* kind, std::string summary) {
    ChangeDraft draft;
    draft.kind = kind;
    draft.layer = "unit";
    draft.action = "plan";
    draft.summary = std::move(summary);
    return draft;
}

std::int64_t LocalTaskId(Workspace& workspace, const std::string& uid) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(), "SELECT id FROM plan_task WHERE uid = ?");
        query.bind(1, uid);
        return query.executeStep() ? query.getColumn(0).getInt64() : std::int64_t{0};
    });
}

void CheckTask(const Workspace& workspace, const PlanTask& task) {
    (void)RequireCriterion(workspace.FormInUse(), task.code);
    if (task.task.empty()) {
        throw UserError(Tr("a task needs a description of the work (--task)"));
    }
    if (!task.due_date.empty()) {
        CheckDocumentDate(task.due_date);
    }
}

}  // namespace

std::string PlanStatusLabel(std::string_view status) {
    if (status == "doing") {
        return Tr("in progress");
    }
    if (status == "done") {
        return Tr("done");
    }
    return Tr("not started");
}

std::string ParsePlanStatus(std::string_view text) {
    if (text == "todo" || text == "belum-mulai" || text == "belum mulai" || text == "not-started") {
        return "todo";
    }
    if (text == "doing" || text == "berjalan" || text == "in-progress") {
        return "doing";
    }
    if (text == "done" || text == "selesai") {
        return "done";
    }
    throw UserError(Format(Tr("a status is belum-mulai, berjalan or selesai (todo, doing, done), not '{0}'"), {text}));
}

bool PlanTask::Overdue(std::string_view today) const {
    return status != "done" && !due_date.empty() && due_date < today;
}

bool PlanTask::DueThisWeek(std::string_view today) const {
    return status != "done" && !due_date.empty() && due_date >= today && due_date < AddDays(today, 7);
}

std::vector<PlanTask> LoadPlan(Workspace& workspace) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        std::vector<PlanTask> tasks;
        if (workspace.SchemaVersion() < kFirstSchemaWithPlan) {
            return tasks;  // an older file read as it is: it has no plan yet
        }
        SQLite::Statement query(workspace.Database(),
                                "SELECT id, code, task, person, COALESCE(due_date, ''), status, target, updated_by, "
                                "updated_at FROM plan_task ORDER BY due_date IS NULL, due_date, id");
        while (query.executeStep()) {
            PlanTask task;
            task.id = query.getColumn(0).getInt64();
            task.code = query.getColumn(1).getString();
            task.task = query.getColumn(2).getString();
            task.person = query.getColumn(3).getString();
            task.due_date = query.getColumn(4).getString();
            task.status = query.getColumn(5).getString();
            task.target = query.getColumn(6).getString();
            task.updated_by = query.getColumn(7).getString();
            task.updated_at = query.getColumn(8).getString();
            tasks.push_back(std::move(task));
        }
        return tasks;
    });
}

std::int64_t AddPlanTask(Workspace& workspace, const PlanTask& task, const std::string& author) {
    CheckTask(workspace, task);
    PlanTask stored = task;
    if (stored.status.empty()) {
        stored.status = "todo";
    }
    const std::string uid = NewUid();
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = PlanDraft("plan.add", Format(Tr("Action plan: {0}"), {stored.task}));
            draft.writes.emplace_back("plan/" + uid, TaskValue(stored));
            return draft;
        },
        author);
    return LocalTaskId(workspace, uid);
}

void UpdatePlanTask(Workspace& workspace, std::int64_t id, const std::string& status, const std::string& person,
                    const std::string& due_date, const std::string& author) {
    if (!due_date.empty()) {
        CheckDocumentDate(due_date);
    }
    const std::string checked = ParsePlanStatus(status);
    const auto plan = LoadPlan(workspace);
    const auto found = std::find_if(plan.begin(), plan.end(), [&](const PlanTask& task) { return task.id == id; });
    if (found == plan.end()) {
        throw UserError(Format(Tr("there is no task {0} in the plan (see 'ziwb plan list WS')"), {std::to_string(id)}));
    }
    PlanTask changed = *found;
    changed.status = checked;
    changed.person = person.empty() ? changed.person : person;
    changed.due_date = due_date.empty() ? changed.due_date : due_date;
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft = PlanDraft(
                "plan.update", Format(Tr("Action plan task {0}: {1}"), {std::to_string(id), PlanStatusLabel(checked)}));
            draft.writes.emplace_back("plan/" + PlanTaskUid(db, id), TaskValue(changed));
            return draft;
        },
        author);
}

std::vector<std::int64_t> AddPlanFromPath(Workspace& workspace, const PathOption& path, const std::string& person,
                                          const std::string& due_date, const std::string& author) {
    if (!due_date.empty()) {
        CheckDocumentDate(due_date);
    }
    const Form& form = workspace.FormInUse();
    const std::vector<PlanTask> existing = LoadPlan(workspace);
    std::vector<std::string> uids;
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = PlanDraft("plan.add", Tr("Action plan from the path to the predicate"));
            for (const PathStep& step : path.steps) {
                const bool planned = std::any_of(existing.begin(), existing.end(), [&](const PlanTask& task) {
                    return task.code == step.code && task.target == step.to && task.status != "done";
                });
                if (planned) {
                    continue;
                }
                PlanTask task;
                task.code = step.code;
                const std::string& question = form.Node(step.node).name;
                task.task = Format(Tr("Raise {0} from {1} to {2}: {3}"), {step.code, step.from, step.to, question});
                task.person = person;
                task.due_date = due_date;
                task.target = step.to;
                task.status = "todo";
                uids.push_back(NewUid());
                draft.writes.emplace_back("plan/" + uids.back(), TaskValue(task));
            }
            if (draft.writes.empty()) {
                return std::nullopt;
            }
            return draft;
        },
        author);
    std::vector<std::int64_t> ids;
    ids.reserve(uids.size());
    for (const auto& uid : uids) {
        ids.push_back(LocalTaskId(workspace, uid));
    }
    return ids;
}

std::string TodayDate() {
    const std::time_t now = std::time(nullptr);
    const std::tm local = LocalCalendarTime(now);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

std::string AddDays(std::string_view date, int days) {
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    if (std::sscanf(std::string(date).c_str(), "%d-%u-%u", &year, &month, &day) != 3) {
        return std::string(date);
    }
    const std::chrono::sys_days moved =
        std::chrono::sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day)) +
        std::chrono::days(days);
    const std::chrono::year_month_day ymd(moved);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

}  // namespace ziwb::core
