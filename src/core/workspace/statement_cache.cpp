// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/statement_cache.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace ziwb::core {

StatementCache::StatementCache(SQLite::Database& db) : m_db(db) {}

StatementCache::~StatementCache() = default;

SQLite::Statement& StatementCache::Get(const std::string& sql) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        found = m_statements.emplace(sql, std::make_unique<SQLite::Statement>(m_db, sql)).first;
    } else {
        found->second->reset();
        found->second->clearBindings();
    }
    return *found->second;
}

}  // namespace ziwb::core
