// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

namespace SQLite {
class Database;
class Statement;
}  // namespace SQLite

namespace ziwb::core {

/// Prepared statements of one connection, kept while a batch runs: checking or applying thousands of
/// log entries prepares the same dozen statements for each one otherwise, and preparing is most of
/// SQLite's share of that time. Not shared between threads; destroy it before its connection.
class StatementCache {
public:
    explicit StatementCache(SQLite::Database& db);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;
    ~StatementCache();

    /// The statement for `sql`, prepared the first time, reset and with no bindings. Do not ask for
    /// the same text again while a query of it is still being stepped.
    [[nodiscard]] SQLite::Statement& Get(const std::string& sql);
    /// The same for a text that stays where it is (a literal, as every caller passes): found by its
    /// address, then compared, without building and hashing a string each time (a replay asks some
    /// ten times per entry).
    [[nodiscard]] SQLite::Statement& Get(const char* sql);
    [[nodiscard]] SQLite::Database& Database() const { return m_db; }

private:
    SQLite::Database& m_db;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    std::unordered_map<const char*, SQLite::Statement*> m_by_address;
};

}  // namespace ziwb::core
