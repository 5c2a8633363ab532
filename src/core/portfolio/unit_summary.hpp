// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One layer's figures as `ziwb score --json` gives them.
struct LayerFigures {
    double total = 0.0;
    double pengungkit = 0.0;
    double hasil = 0.0;
    double completeness = 0.0;  ///< percent of criteria answered
    int answered = 0;
    int criteria = 0;
    std::vector<std::pair<std::string, bool>> verdicts;  ///< predicate, eligible; in the form's order
};

/// How far the evaluators are: criteria per review status, and the closing.
struct ReviewProgress {
    int not_checked = 0;
    int checking = 0;
    int needs_revision = 0;
    int ready_for_recheck = 0;
    int done = 0;
    bool closed = false;
    std::string closed_by;
    std::string closed_at;
    [[nodiscard]] int Criteria() const { return not_checked + checking + needs_revision + ready_for_recheck + done; }
};

/// One unit's workspace as a line of an evaluator's portfolio.
struct UnitSummary {
    std::filesystem::path path;
    /// Not empty when the file could not be read: one line saying why (the rest is then empty).
    std::string problem;
    WorkspaceInfo info;
    std::string review_layer;
    LayerFigures unit;
    LayerFigures review;
    ReviewProgress progress;
    std::string last_change;  ///< the time of the newest log entry (ISO 8601 UTC), empty if none
    std::optional<int> days_since_change;
};

/// Reads one workspace, as a file from a stranger and read-only, into its summary. Never throws
/// for a file that cannot be read: the summary's `problem` says why. `today` is YYYY-MM-DD.
[[nodiscard]] UnitSummary SummarizeWorkspace(const std::filesystem::path& path, std::string_view review_layer,
                                             std::string_view today);

/// The same for a workspace this program already holds open (the hub publishes the figures of
/// the copy it syncs); throws what reading it throws.
[[nodiscard]] UnitSummary SummarizeOpenWorkspace(Workspace& workspace, std::string_view review_layer,
                                                 std::string_view today);

/// Whole days from the date of `time` (ISO 8601, "YYYY-MM-DD..." ) to `today` (YYYY-MM-DD); empty
/// when either is not a date.
[[nodiscard]] std::optional<int> DaysBetween(std::string_view time, std::string_view today);

}  // namespace ziwb::core
