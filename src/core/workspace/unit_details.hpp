// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// What to change in a workspace's details; a field left empty stays as it is.
struct UnitDetailsChange {
    std::optional<std::string> unit_name;
    std::optional<std::string> agency;
    std::optional<int> year;
    /// The proposal details (WorkspaceInfo); "" clears one.
    std::optional<std::string> agency_type;
    std::optional<std::string> service_type;
    std::optional<std::string> proposal_deadline;
    std::optional<std::string> self_evaluation;
};

/// The history code under which a change of a detail is recorded ("details:unit_name").
[[nodiscard]] std::string DetailsHistoryCode(const std::string& field);

/// Changes the unit's name, agency, assessment year or proposal details in one transaction. Each field that changes
/// is recorded in the history of the unit layer (code DetailsHistoryCode(field), the new value,
/// action "details"), so `ziwb history` shows who renamed what and when. Throws UserError for an
/// empty name or agency, an implausible year, or a proposal detail the form does not allow (naming what
/// it allows), with nothing changed. Returns the fields that
/// changed; `workspace.Info()` shows them at once.
std::vector<std::string> ChangeUnitDetails(Workspace& workspace, const UnitDetailsChange& change,
                                           const std::string& author);

}  // namespace ziwb::core
