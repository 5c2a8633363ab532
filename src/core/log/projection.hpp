// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;
class StatementCache;

/// The tables that hold the state the log implies, in the order `audit verify` compares them.
[[nodiscard]] const std::vector<std::string>& ProjectedTables();

/// Checks every write of an entry against the workspace's form and the shape its key asks for
/// (docs/log-format.md); throws LogFormatError naming the key and what is wrong.
void ValidateWrites(const Form& form, const LogEntry& entry);

/// Applies a stored entry to the projected tables: each register it writes drops the versions the
/// entry replaces and gains the entry; when versions remain that do not replace each other (a
/// conflict), the table shows the latest by (time, hash) and every version stays listed.
void ProjectEntry(SQLite::Database& db, const Form& form, const LogEntry& entry, const std::string& hash);
/// The same, with the statements of a batch that applies many entries.
void ProjectEntry(StatementCache& statements, const Form& form, const LogEntry& entry, const std::string& hash);

/// The version of a register that the tables show among those that stand: the latest by (time,
/// hash), the same in every copy whatever order the entries arrived in. True when the entry
/// stored as `hash` is shown before the one stored as `other_hash`.
[[nodiscard]] bool ShownBefore(const LogEntry& entry, const std::string& hash, const LogEntry& other,
                               const std::string& other_hash);
/// Projects one write of `entry` (stored as `hash`) once the caller knows the version of its
/// register that is shown (`shown`: `entry` itself unless a version it conflicts with is newer),
/// and adds `entry`'s own version to the history either way. The log's tables (registers, heads)
/// are the caller's: ProjectEntry, or a replay of a whole log (LogReplay).
void ProjectWrite(StatementCache& statements, const Form& form, const RegisterWrite& write, const LogEntry& shown,
                  const LogEntry& entry, const std::string& hash);

/// The unit's details that `unit/<field>` registers hold, projected into the meta table: name,
/// agency, year, predicate held, and the proposal details.
[[nodiscard]] const std::vector<std::string>& UnitDetailFields();

/// Empties every projected table, so that replaying the log rebuilds them.
void ClearProjections(SQLite::Database& db);

/// What a register key names, for messages and the conflict list.
struct RegisterKey {
    std::string family;  ///< "answer", "unit", "prerequisite", "person"
    std::string layer;   ///< for answers
    std::string name;    ///< the criterion code, field, prerequisite id or NIP
    std::string level;   ///< for answers: the review level ("" for the layer's answer without one)
};
[[nodiscard]] RegisterKey SplitRegisterKey(const std::string& key);

/// "answer/<layer>/<code>", or "answer/<layer>/<code>@<level>" for a review level's own answer.
[[nodiscard]] std::string AnswerKey(std::string_view layer, std::string_view code, std::string_view level = {});
[[nodiscard]] std::string UnitKey(std::string_view field);
[[nodiscard]] std::string PrerequisiteKey(std::string_view id);
[[nodiscard]] std::string PersonKey(std::string_view nip);

}  // namespace ziwb::core
