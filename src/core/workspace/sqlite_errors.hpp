// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Exception.h>
#include <string>

namespace ziwb::core {

/// Turns an SQLite failure into the error a user can act on: a full disk, a read-only file, a
/// damaged file or a file in use become WorkspaceErrors that also say nothing was changed (every
/// change runs in a transaction that SQLite rolls back); anything else is an internal Error.
[[noreturn]] void RethrowSqlite(const SQLite::Exception& error, const std::string& path);

/// Runs `work`, translating SQLite exceptions with RethrowSqlite.
template <typename Work>
auto GuardSqlite(const std::string& path, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const SQLite::Exception& error) {
        RethrowSqlite(error, path);
    }
}

}  // namespace ziwb::core
