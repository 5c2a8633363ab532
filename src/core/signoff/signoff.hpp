// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "signoff/unit_snapshot.hpp"

namespace ziwb::core {

class Workspace;

/// The leader's sign-off as the log holds it, with the signer as the team register knows them.
struct Signoff {
    std::string head;   ///< the log head signed off ("" for an empty log)
    std::string total;  ///< the unit's official total then, as text
    std::string digest;
    UnitSnapshot snapshot;
    std::string note;
    std::string author;      ///< the name in the signed entry
    std::string author_key;  ///< 64 hex
    std::string signed_at;   ///< UTC
    std::string nip;         ///< from the register ("" when the key is no longer there)
    std::string position;
};

enum class SignoffState {
    None,          ///< the leader has not signed off
    Current,       ///< signed off, and the unit layer is as it was then
    ChangedAfter,  ///< the unit layer changed after the sign-off: the leader signs off again
};

struct SignoffStatus {
    SignoffState state = SignoffState::None;
    std::optional<Signoff> signoff;
    SnapshotChanges changes;  ///< against the sign-off (ChangedAfter)
    std::string total_now;
};

/// "none", "current", "changed-after-signoff": stable ids for JSON and scripts.
[[nodiscard]] std::string_view SignoffStateId(SignoffState state);

/// The latest sign-off, or nothing (also for a workspace from before sign-offs existed).
[[nodiscard]] std::optional<Signoff> LoadSignoff(Workspace& workspace);

/// The sign-off compared with the unit layer now.
[[nodiscard]] SignoffStatus CheckSignoff(Workspace& workspace);
/// The same for a sign-off already loaded (LoadSignoff), so that it is not read twice.
[[nodiscard]] SignoffStatus CheckSignoff(Workspace& workspace, std::optional<Signoff> signoff);

/// Signs off the unit's submission as it stands: the log head, the total and the snapshot, in one
/// entry signed with the key of this machine's person, who must be a pimpinan of the team register.
/// Throws UserError saying what is missing (a key, the role) with nothing changed.
Signoff SignOff(Workspace& workspace, const std::string& note);

/// One line for people: who signed off when at which total, and whether anything changed since.
[[nodiscard]] std::string SignoffLine(const SignoffStatus& status);

/// The same in Indonesian whatever the user's language, for the documents that are always in
/// Indonesian (the workbook, the LHE, the leader's page).
[[nodiscard]] std::string SignoffSentence(const SignoffStatus& status);

/// The total as the sign-off records it (the official figure, rounded to 4 places).
[[nodiscard]] std::string SignoffTotal(double total);

}  // namespace ziwb::core
