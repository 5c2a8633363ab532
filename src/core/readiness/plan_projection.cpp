// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/plan_projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form.hpp"
#include "log/ids.hpp"

namespace ziwb::core {
namespace {

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

}  // namespace

void ValidatePlanWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write) {
    const std::string uid = write.key.substr(write.key.find('/') + 1);
    if (!IsUid(uid)) {
        Refuse(write.key, Tr("not an id of 32 hexadecimal digits"));
    }
    if (entry.layer != "unit") {
        Refuse(write.key, Tr("the action plan is in the unit layer"));
    }
    const auto& value = write.value;
    if (!value.is_object() || value.size() != 6) {
        Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
    }
    for (const char* field : {"code", "task", "person", "due_date", "status", "target"}) {
        if (!value.contains(field) || !value.at(field).is_string()) {
            Refuse(write.key, Format(Tr("'{0}' is missing or not text"), {field}));
        }
        try {
            CheckUserText(value.at(field).get_ref<const std::string&>(), field,
                          std::string_view(field) == "task" ? kLongTextLimit : kNameLimit);
        } catch (const UserError& error) {
            Refuse(write.key, error.what());
        }
    }
    const int index = form.Find(value.at("code").get_ref<const std::string&>());
    const auto& status = value.at("status").get_ref<const std::string&>();
    if (index < 0 || !form.Node(index).IsCriterion() || value.at("task").get_ref<const std::string&>().empty() ||
        (status != "todo" && status != "doing" && status != "done")) {
        Refuse(write.key, Tr("a task names a criterion, the work and a status (todo, doing, done)"));
    }
    try {
        const auto& date = value.at("due_date").get_ref<const std::string&>();
        if (!date.empty()) {
            CheckDocumentDate(date);
        }
    } catch (const UserError& error) {
        Refuse(write.key, error.what());
    }
}

void ProjectPlanState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                      const LogEntry& shown) {
    const std::string uid = key.substr(key.find('/') + 1);
    const auto text = [&](const char* field) { return value.at(field).get<std::string>(); };
    SQLite::Statement upsert(db,
                             "INSERT INTO plan_task (code, task, person, due_date, status, target, created_by, "
                             "created_at, updated_by, updated_at, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, "
                             "?8, ?9) ON CONFLICT (uid) DO UPDATE SET code = excluded.code, task = excluded.task, "
                             "person = excluded.person, due_date = excluded.due_date, status = excluded.status, "
                             "target = excluded.target, updated_by = excluded.updated_by, updated_at = "
                             "excluded.updated_at");
    upsert.bind(1, text("code"));
    upsert.bind(2, text("task"));
    upsert.bind(3, text("person"));
    text("due_date").empty() ? upsert.bind(4) : upsert.bind(4, text("due_date"));
    upsert.bind(5, text("status"));
    upsert.bind(6, text("target"));
    upsert.bind(7, shown.author_name);
    upsert.bind(8, shown.time);
    upsert.bind(9, uid);
    upsert.exec();
}

std::string PlanTaskUid(SQLite::Database& db, std::int64_t task) {
    SQLite::Statement query(db, "SELECT uid FROM plan_task WHERE id = ?");
    query.bind(1, task);
    if (!query.executeStep() || query.getColumn(0).isNull()) {
        throw UserError(
            Format(Tr("there is no task {0} in the plan (see 'ziwb plan list WS')"), {std::to_string(task)}));
    }
    return query.getColumn(0).getString();
}

}  // namespace ziwb::core
