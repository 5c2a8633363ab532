// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class StatementCache;
class Form;

/// Whether the team register (as projected so far) lets `entry`'s author make it. The rules:
/// - unsigned entries only while nobody in the register has a key (wave-1 workspaces, legacy);
/// - a signed entry's key must belong to a person in the register, except the first key, which
///   the workspace's creator or coordinator accepts by adding themself as koordinator;
/// - the team register is changed by a koordinator; an evaluator layer only by an evaluator of that
///   layer, each level writing its own answers; the unit's answers by koordinator, anggota or pimpinan;
/// - a closed review layer takes no change but its reopening, by a level that may close it (the
///   form's closes="true" level or above), with or without keys.
/// Returns the reason for a refusal, or nullopt when the entry is allowed.
[[nodiscard]] std::optional<std::string> RefusalReason(SQLite::Database& db, const Form& form, const LogEntry& entry);
/// The same, with the statements of a batch that checks many entries.
[[nodiscard]] std::optional<std::string> RefusalReason(StatementCache& statements, const Form& form,
                                                       const LogEntry& entry);

/// True once someone in the register has a key: from then on every change must be signed.
[[nodiscard]] bool RegisterHasKeys(SQLite::Database& db);

}  // namespace ziwb::core
