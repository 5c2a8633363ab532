// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/log_replay.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "log/projection.hpp"
#include "workspace/statement_cache.hpp"

namespace ziwb::core {

void LogReplay::Project(StatementCache& statements, const Form& form, const LogEntry& entry, const std::string& hash) {
    for (const auto& write : entry.writes) {
        std::vector<std::string>& versions = m_versions[write.key];
        // As ProjectEntry does on log_register: the versions the entry replaces go, the entry comes.
        std::erase_if(versions, [&](const std::string& version) {
            return std::binary_search(write.replaces.begin(), write.replaces.end(), version);
        });
        if (std::find(versions.begin(), versions.end(), hash) == versions.end()) {
            versions.push_back(hash);
        }
        const LogEntry* shown = &entry;
        const std::string* shown_hash = &hash;
        for (const auto& version : versions) {
            const LogEntry* other = version == hash ? &entry : m_entries.at(version);
            if (ShownBefore(*other, version, *shown, *shown_hash)) {
                shown = other;
                shown_hash = &version;
            }
        }
        ProjectWrite(statements, form, write, *shown, entry, hash);
    }
    m_entries.emplace(hash, &entry);
    for (const auto& parent : entry.parents) {
        m_heads.erase(parent);
    }
    m_heads.insert(hash);
}

void LogReplay::WriteLogTables(StatementCache& statements) const {
    SQLite::Statement& version = statements.Get("INSERT INTO log_register (key, entry) VALUES (?, ?)");
    for (const auto& [key, hashes] : m_versions) {
        for (const auto& hash : hashes) {
            version.bind(1, key);
            version.bind(2, hash);
            version.exec();
            version.reset();
        }
    }
    SQLite::Statement& head = statements.Get("INSERT INTO log_head (hash) VALUES (?)");
    for (const auto& hash : m_heads) {
        head.bind(1, hash);
        head.exec();
        head.reset();
    }
}

}  // namespace ziwb::core
