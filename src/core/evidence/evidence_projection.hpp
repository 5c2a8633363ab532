// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;

/// The registers of the evidence vault and the checklist (docs/log-format.md):
///   evidence/<uid>                    {"kind","title","description","document_date","url","removed"}
///   evidence/<uid>/file               {"sha256","size","file_name","media_type"}: each version a revision
///   evidence/<uid>/criterion/<code>   true or false: the item backs the criterion
///   checklist/<uid>                   {"code","title"}: a line the team added
///   attach/<line>/<item uid>          true or false; <line> is form:<code>:<n> or team:<uid>
///   review/<layer>/<line>             null or {"state","reason"}
[[nodiscard]] bool IsEvidenceFamily(const std::string& family);

/// Throws LogFormatError when a write of these families does not have its shape.
void ValidateEvidenceWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write);

/// Puts the shown version of a register into the tables (`shown` wrote it).
void ProjectEvidenceState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                          const LogEntry& shown);

/// What every version adds whether or not it is shown: a revision row for each file written.
void AppendEvidenceEffects(SQLite::Database& db, const RegisterWrite& write, const LogEntry& entry);

/// The local id of the item a log id names, or nullopt.
[[nodiscard]] std::optional<std::int64_t> LocalEvidenceId(SQLite::Database& db, const std::string& uid);
/// The log id of a local item (throws UserError when there is none).
[[nodiscard]] std::string EvidenceUid(SQLite::Database& db, std::int64_t item);
/// A checklist line as the log names it ("team:<id>" becomes "team:<uid>"), and back.
[[nodiscard]] std::string LineForLog(SQLite::Database& db, const std::string& local_key);
[[nodiscard]] std::optional<std::string> LineForTables(SQLite::Database& db, const std::string& log_line);

/// Whether the content of a file an entry names has arrived in this copy.
[[nodiscard]] bool BlobReceived(SQLite::Database& db, const std::string& sha256);

}  // namespace ziwb::core
