// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace ziwb::core {

class Workspace;

/// What ties a workspace to its unit on a hub, kept in the workspace (meta) and never sent
/// anywhere: the address without its password, the unit's code, and how far this copy has pulled.
struct HubLink {
    std::string address;  ///< as `ziwb hub link` got it, without a password
    std::string hub_id;   ///< the hub's own id (ziwb.hub): the counters below are for that hub
    std::string unit;
    long long pulled_through = 0;  ///< the hub's entry sequence number this copy holds up to
    long long pushed_through = 0;  ///< this copy's log sequence number the hub holds up to
    std::string last_sync;         ///< ISO 8601 UTC of the last whole sync, empty if none
    std::string last_problem;      ///< why the last sync did not finish, empty after a whole one
};

[[nodiscard]] std::optional<HubLink> LoadHubLink(Workspace& workspace);
/// Writes the link's fields in one transaction of the workspace.
void SaveHubLink(Workspace& workspace, const HubLink& link);
/// How many of this copy's changes the hub has not been offered yet.
[[nodiscard]] long long UnsentChanges(Workspace& workspace, const HubLink& link);
/// Forgets the link (`ziwb hub unlink`); the log stays as it is.
void RemoveHubLink(Workspace& workspace);

}  // namespace ziwb::core
