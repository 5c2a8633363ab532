#include "readiness/action_plan.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <cstdio>
#include <ctime>

#include "common/error.hpp"
#include "common/text.hpp"
#include "evidence/evidence_vault.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

// The workspace format that added the action plan (schema.cpp, step 2 -> 3).
constexpr int kFirstSchemaWithPlan = 3;
namespace {

void RecordHistory(SQLite::Database& db, std::int64_t task, std::string_view action, const std::string& detail,
                   const std::string& author) {
    SQLite::Statement insert(db,
                             "INSERT INTO plan_history (task_id, action, detail, author, at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, task);
    insert.bind(2, std::string(action));
    insert.bind(3, detail);
    insert.bind(4, author);
    insert.bind(5, NowUtc());
    insert.exec();
}

std::int64_t InsertTask(SQLite::Database& db, const PlanTask& task, const std::string& author) {
    const std::string now = NowUtc();
    SQLite::Statement insert(db,
                             "INSERT INTO plan_task (code, task, person, due_date, status, target, created_by, "
                             "created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, task.code);
    insert.bind(2, task.task);
    insert.bind(3, task.person);
    if (task.due_date.empty()) {
        insert.bind(4);
    } else {
        insert.bind(4, task.due_date);
    }
    insert.bind(5, task.status);
    insert.bind(6, task.target);
    insert.bind(7, author);
    insert.bind(8, now);
    insert.bind(9, author);
    insert.bind(10, now);
    insert.exec();
    const std::int64_t id = db.getLastInsertRowid();
    RecordHistory(db, id, "add", task.code + " " + task.task, author);
    return id;
}

void CheckTask(const Workspace& workspace, const PlanTask& task) {
    (void)RequireCriterion(workspace.GetForm(), task.code);
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
    return GuardSqlite(workspace.Path().string(), [&] {
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
    return GuardSqlite(workspace.Path().string(), [&] {
        SQLite::Transaction transaction(workspace.Database(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t id = InsertTask(workspace.Database(), task, author);
        transaction.commit();
        return id;
    });
}

void UpdatePlanTask(Workspace& workspace, std::int64_t id, const std::string& status, const std::string& person,
                    const std::string& due_date, const std::string& author) {
    if (!due_date.empty()) {
        CheckDocumentDate(due_date);
    }
    const std::string checked = ParsePlanStatus(status);
    GuardSqlite(workspace.Path().string(), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement update(db,
                                 "UPDATE plan_task SET status = ?, person = CASE WHEN ?2 = '' THEN person ELSE ?2 END, "
                                 "due_date = CASE WHEN ?3 = '' THEN due_date ELSE ?3 END, updated_by = ?, "
                                 "updated_at = ? WHERE id = ?");
        update.bind(1, checked);
        update.bind(2, person);
        update.bind(3, due_date);
        update.bind(4, author);
        update.bind(5, NowUtc());
        update.bind(6, id);
        if (update.exec() == 0) {
            throw UserError(
                Format(Tr("there is no task {0} in the plan (see 'ziwb plan list WS')"), {std::to_string(id)}));
        }
        RecordHistory(db, id, "status",
                      checked + (person.empty() ? "" : " " + person) + (due_date.empty() ? "" : " " + due_date),
                      author);
        transaction.commit();
    });
}

std::vector<std::int64_t> AddPlanFromPath(Workspace& workspace, const PathOption& path, const std::string& person,
                                          const std::string& due_date, const std::string& author) {
    if (!due_date.empty()) {
        CheckDocumentDate(due_date);
    }
    const Form& form = workspace.GetForm();
    const std::vector<PlanTask> existing = LoadPlan(workspace);
    return GuardSqlite(workspace.Path().string(), [&] {
        SQLite::Transaction transaction(workspace.Database(), SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::int64_t> ids;
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
            ids.push_back(InsertTask(workspace.Database(), task, author));
        }
        transaction.commit();
        return ids;
    });
}

std::string TodayDate() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
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
