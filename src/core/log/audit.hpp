// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

namespace ziwb::core {

class Workspace;

/// What `audit verify` found.
struct AuditReport {
    bool intact = false;
    std::string problem;  ///< the first thing that breaks, naming the entry or the table row
    std::size_t entries = 0;
    std::size_t signed_entries = 0;
    std::size_t legacy_entries = 0;
    std::size_t unsigned_entries = 0;  ///< made before the team had keys (not legacy)
    std::size_t conflicts = 0;
};

/// Recomputes every entry's hash and signature, checks each against the format, the form and the
/// team register as it stood when the entry was applied, replays the log into a fresh database and
/// compares every projected table with the workspace's. Read-only.
[[nodiscard]] AuditReport VerifyLog(Workspace& workspace);

/// Rebuilds the projected tables from the log (as Fossil's rebuild does), in one transaction; the
/// same checks as VerifyLog run first, and a log that fails them changes nothing (UserError).
void RebuildFromLog(Workspace& workspace);

}  // namespace ziwb::core
