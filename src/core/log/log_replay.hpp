// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "log/log_entry.hpp"

namespace ziwb::core {

class Form;
class StatementCache;

/// A whole log projected in order (audit verify, audit rebuild), with the log's own bookkeeping kept
/// in memory instead of in its tables: the versions that stand of each register, the entries by hash
/// (to find the newest of versions in conflict) and the heads. ProjectEntry reads and writes those
/// tables with four statements or more per entry; a replay writes them once, at the end.
class LogReplay {
public:
    /// Whether the entry stored as `hash` was projected already.
    [[nodiscard]] bool Holds(const std::string& hash) const { return m_entries.count(hash) != 0; }
    /// Projects `entry`, stored as `hash`, as ProjectEntry does. The entry must outlive this object.
    void Project(StatementCache& statements, const Form& form, const LogEntry& entry, const std::string& hash);
    /// Writes the registers' versions (log_register) and the heads (log_head) as the entries
    /// projected leave them.
    void WriteLogTables(StatementCache& statements) const;

private:
    std::unordered_map<std::string, const LogEntry*> m_entries;
    std::unordered_map<std::string, std::vector<std::string>> m_versions;  ///< by register key
    std::set<std::string> m_heads;
};

}  // namespace ziwb::core
