// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "readiness/readiness_check.hpp"
#include "scoring/score_report.hpp"
#include "signoff/signoff.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// What a head of office reads in a minute (issue 12 part 6), gathered once for the screen and the PDF.
struct LeaderSummary {
    WorkspaceInfo info;
    std::string today;  ///< YYYY-MM-DD
    double total = 0.0;
    double completeness = 0.0;  ///< 0-1
    std::vector<Verdict> verdicts;
    std::vector<Proposability> proposal;
    std::string deadline;  ///< YYYY-MM-DD, "" when unknown
    std::optional<int> days_to_deadline;
    /// The findings about criteria and details, the most points at stake first, at most kLeaderFindings.
    std::vector<ReadinessFinding> missing;
    std::size_t missing_count = 0;       ///< all of those findings
    std::size_t open_prerequisites = 0;  ///< prerequisites not confirmed met: one line, not one each
    std::vector<SignatureProgress> signatures;
    SignoffStatus signoff;
    /// What waits for the leader's own signature now, one action a line.
    std::vector<std::string> awaiting;
    std::string leader_name;  ///< the pimpinan the page is for ("" when the register has none)
};

/// At most this many findings: the page stays one page.
inline constexpr std::size_t kLeaderFindings = 5;

/// Gathers the summary. `leader_nip` names the pimpinan reading it (this machine's person); empty
/// means the first pimpinan of the register.
[[nodiscard]] LeaderSummary CollectLeaderSummary(Workspace& workspace, const std::string& today,
                                                 const std::string& leader_nip);

/// The same as plain text, for the terminal.
[[nodiscard]] std::string LeaderText(const Form& form, const LeaderSummary& summary);

/// "WBK: meets every condition" or "WBK: not yet - 3 condition(s) unmet".
[[nodiscard]] std::string VerdictLine(const Verdict& verdict);

/// "31 days left" / "passed 3 days ago" for the deadline line.
[[nodiscard]] std::string DeadlineLine(const LeaderSummary& summary);

}  // namespace ziwb::core
