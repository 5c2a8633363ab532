// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;

/// The sign-off register (docs/log-format.md), written in the unit layer by a pimpinan's signed entry:
///   signoff/unit  {"head": entry hash or "", "total": "59.65", "digest": 64 hex,
///                  "criteria": {code: 16 hex}, "prerequisites": 16 hex, "details": 16 hex, "note": text}
inline constexpr const char* kSignoffKey = "signoff/unit";

/// The schema version that added the signoff table.
inline constexpr int kFirstSchemaWithSignoff = 7;

[[nodiscard]] bool IsSignoffFamily(const std::string& family);
void ValidateSignoffWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write);
void ProjectSignoffState(SQLite::Database& db, const nlohmann::json& value, const LogEntry& shown);

}  // namespace ziwb::core
