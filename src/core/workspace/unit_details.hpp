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
};

/// The history code under which a change of a detail is recorded ("details:unit_name").
[[nodiscard]] std::string DetailsHistoryCode(const std::string& field);

/// Changes the unit's name, agency or assessment year in one transaction. Each field that changes
/// is recorded in the history of the unit layer (code DetailsHistoryCode(field), the new value,
/// action "details"), so `ziwb history` shows who renamed what and when. Throws UserError for an
/// empty name or agency or an implausible year, with nothing changed. Returns the fields that
/// changed; `workspace.Info()` shows them once the workspace is opened again.
std::vector<std::string> ChangeUnitDetails(Workspace& workspace, const UnitDetailsChange& change,
                                           const std::string& author);

}  // namespace ziwb::core
