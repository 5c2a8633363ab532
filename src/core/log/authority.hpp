// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class StatementCache;
class Form;

/// A person of the team register, as the rules read them.
struct RegisterMember {
    std::string nip;
    std::string role;
    std::string review_layer;
    std::string level;
};

/// What RefusalReason reads of the team register, kept from one entry to the next while many are
/// checked in order (a replay): two queries per entry otherwise. The register changes only through
/// entries that write people, so the caller says when it has projected each entry.
class TeamRegisterMemo {
public:
    /// Whether someone in the register has a key; read once.
    [[nodiscard]] bool HasKeys(StatementCache& statements);
    /// The person whose key this is, if any; read once per key.
    [[nodiscard]] const std::optional<RegisterMember>& Find(StatementCache& statements, const std::string& key);
    /// Forgets what was read when `entry` changed the register.
    void AfterProjecting(const LogEntry& entry);

private:
    std::optional<bool> m_has_keys;
    std::unordered_map<std::string, std::optional<RegisterMember>> m_members;  ///< by public key
};

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
/// The same, with the statements of a batch that checks many entries, and what was read of the
/// register before when `memo` is given.
[[nodiscard]] std::optional<std::string> RefusalReason(StatementCache& statements, const Form& form,
                                                       const LogEntry& entry, TeamRegisterMemo* memo = nullptr);

/// True once someone in the register has a key: from then on every change must be signed.
[[nodiscard]] bool RegisterHasKeys(SQLite::Database& db);

}  // namespace ziwb::core
