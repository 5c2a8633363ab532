// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;

/// The action plan's register: plan/<uid> {"code","task","person","due_date","status","target"}.
void ValidatePlanWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write);
void ProjectPlanState(SQLite::Database& db, const std::string& key, const nlohmann::json& value, const LogEntry& shown);

/// The log id of a local task number (UserError when there is none).
[[nodiscard]] std::string PlanTaskUid(SQLite::Database& db, std::int64_t task);

}  // namespace ziwb::core
