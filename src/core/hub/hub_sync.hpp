// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "log/change_log.hpp"

namespace ziwb::core {

class PgConnection;
class Workspace;

/// Ties the workspace to `unit` on the hub at `address` (`ziwb hub link`). The unit must exist and
/// the connecting role must hold a grant for it. The first workspace linked to a unit names its
/// assessment there (only a coordinator may); after that only copies of that assessment link.
void LinkWorkspace(Workspace& workspace, const std::string& address, const std::string& unit);

struct SyncSummary {
    std::size_t pushed = 0;        ///< entries this copy sent that the hub lacked
    std::size_t files_pushed = 0;  ///< evidence files sent
    std::size_t pulled = 0;        ///< entries of others applied here
    std::size_t files_pulled = 0;
    std::vector<std::string> applied;    ///< "time, author: summary" of each entry pulled
    std::vector<Conflict> conflicts;     ///< standing after the sync
    std::vector<std::string> published;  ///< layers whose figures this sync published
};

/// One whole exchange with the hub: pushes every entry (and the evidence files they name) the hub
/// lacks in one transaction, pulls every entry of the unit this copy lacks and applies it with the
/// same checks as `exchange import`, then publishes the figures of the layers the person writes.
/// Each step is whole or absent: a sync cut anywhere is finished by the next one, with nothing
/// lost or doubled. Records its outcome in the link. `address` overrides the linked one.
SyncSummary SyncWorkspace(Workspace& workspace, const std::optional<std::string>& address = std::nullopt);
/// The same over a connection the caller keeps open (the workbench, `ziwb hub watch`): no new
/// session to set up for each sync, and the hub's version checked once per connection.
SyncSummary SyncWorkspace(Workspace& workspace, PgConnection& hub);

/// Waits for other people's changes to the linked unit (PostgreSQL LISTEN/NOTIFY).
class HubWatcher {
public:
    HubWatcher(const std::string& address, const std::string& unit);
    ~HubWatcher();
    HubWatcher(const HubWatcher&) = delete;
    HubWatcher& operator=(const HubWatcher&) = delete;
    /// True when entries arrived for the unit since the last call; waits up to `timeout_ms` (0: only
    /// looks). Throws HubError when the connection is lost.
    bool Changed(int timeout_ms);
    /// The connection it listens on, for syncing over it too (notifications wait while a query runs).
    [[nodiscard]] PgConnection& Connection();

private:
    std::unique_ptr<PgConnection> m_connection;
};

}  // namespace ziwb::core
