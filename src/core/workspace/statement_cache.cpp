// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/statement_cache.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstring>

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

SQLite::Statement& StatementCache::Get(const char* sql) {
    const auto found = m_by_address.find(sql);
    // The text is compared too: the same address could hold another text by now.
    if (found != m_by_address.end() && std::strcmp(found->second->getQuery().c_str(), sql) == 0) {
        found->second->reset();
        found->second->clearBindings();
        return *found->second;
    }
    SQLite::Statement& statement = Get(std::string(sql));
    m_by_address[sql] = &statement;
    return statement;
}

}  // namespace ziwb::core
