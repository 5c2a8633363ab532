// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace SQLite {
class Database;
}

namespace ziwb::core {

/// Gives a workspace its id and turns the history it kept before the log into the log's first
/// entries, unsigned and marked legacy, so that replaying them rebuilds today's tables: the unit's
/// details as they stand, every row of the answer history in order, then the confirmed
/// prerequisites. Two copies of one wave-1 workspace get the same id and the same entries for the
/// history they share, so they still merge. Runs inside the migration's transaction.
void ConvertLegacyHistory(SQLite::Database& db);

}  // namespace ziwb::core
