// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;

/// The review's registers (docs/log-format.md):
///   status/<layer>/<code>  {"status": sedang_dicek|perlu_revisi|selesai, "note", "revisions"}, by the layer
///   ready/<layer>/<code>   {"revision", "note"}: the unit says a revision is ready for re-check
///   close/<layer>          {"closed", "head", "total", "note"}: the team leader closes or reopens
[[nodiscard]] bool IsReviewFamily(const std::string& family);
void ValidateReviewWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write);
void ProjectReviewState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                        const LogEntry& shown);

/// Whether a review layer is closed, so that the log refuses its changes until it is reopened.
[[nodiscard]] bool IsLayerClosed(SQLite::Database& db, const std::string& layer);

}  // namespace ziwb::core
