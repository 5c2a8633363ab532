// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;

/// What the unit layer holds, reduced to short digests: per criterion its answer, note and the
/// evidence behind it (each live item's title, date, link and current file, and the checklist lines
/// ticked with it), then the prerequisites and the unit's details. A sign-off keeps one, so that
/// any later change can be named: "A.I.1.i.a changed", not just "something changed".
struct UnitSnapshot {
    std::map<std::string, std::string> criteria;  ///< code -> 16 hex digits
    std::string prerequisites;                    ///< 16 hex digits
    std::string details;                          ///< 16 hex digits
    /// One SHA-256 (64 hex) over all of it.
    [[nodiscard]] std::string Digest() const;
};

/// The unit layer as the workspace's tables project it now.
[[nodiscard]] UnitSnapshot TakeUnitSnapshot(SQLite::Database& db, const Form& form);

/// What differs between a signed-off snapshot and now: the criteria (in form order), and whether
/// the prerequisites or the details changed.
struct SnapshotChanges {
    std::vector<std::string> criteria;
    bool prerequisites = false;
    bool details = false;
    [[nodiscard]] bool Any() const { return !criteria.empty() || prerequisites || details; }
};
[[nodiscard]] SnapshotChanges CompareSnapshots(const Form& form, const UnitSnapshot& then, const UnitSnapshot& now);

}  // namespace ziwb::core
