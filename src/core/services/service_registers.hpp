// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

/// The registers of issue 15 (docs/log-format.md), all in the unit layer:
///   service/<uid>                    {"name", "components": {id: text}, "sops": [text], "reviewed_on",
///                                     "established_by", "published_where", "removed": bool}
///   fkp/<uid>                        {"date", "place", "purpose": "drafting"|"review", "topic", "chair",
///                                     "services": [uid], "removed": bool}
///   fkp/<uid>/participant/<uid>      {"name", "group", "organisation", "position", "attended": bool,
///                                     "removed": bool}
///   fkp/<uid>/input/<uid>            {"from", "service": uid or "", "text",
///                                     "follow_up": "open"|"adopted"|"declined", "response"}
///   skm/<uid>                        {"service": uid, "period", "start_date", "end_date", "population",
///                                     "responses": [[score, ...]], "source_sha256", "removed": bool}
///   skm/<uid>/result                 {"published_where", "follow_up"}: where the survey's results were
///                                     published and how they were followed up ("" for not yet)
/// Component and group ids are checked for their shape here; that they name an entry of the rules
/// is checked where they are typed, so that a copy made under newer rules still opens.

/// The schema version that added the tables of services, forums and surveys.
inline constexpr int kFirstSchemaWithServices = 8;

[[nodiscard]] bool IsServiceFamily(const std::string& family);
void ValidateServiceWrite(const LogEntry& entry, const RegisterWrite& write);
void ProjectServiceState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                         const LogEntry& shown);

[[nodiscard]] std::string ServiceKey(const std::string& uid);
[[nodiscard]] std::string FkpKey(const std::string& uid);
[[nodiscard]] std::string FkpParticipantKey(const std::string& session_uid, const std::string& uid);
[[nodiscard]] std::string FkpInputKey(const std::string& session_uid, const std::string& uid);
[[nodiscard]] std::string SkmKey(const std::string& uid);
[[nodiscard]] std::string SkmResultKey(const std::string& uid);

/// Bounds of what one register may list.
inline constexpr std::size_t kMaxServiceSops = 200;
inline constexpr std::size_t kMaxFkpServices = 200;
inline constexpr std::size_t kMaxSkmResponses = 200000;
inline constexpr std::size_t kMaxSkmElements = 50;

}  // namespace ziwb::core
