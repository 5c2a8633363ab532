// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "portfolio/unit_summary.hpp"

namespace ziwb::core {

class PgConnection;

/// One unit of the agency view, as the hub computes it (the ziwb.recap view).
struct HubRecapRow {
    UnitSummary summary;  ///< path is the unit's code; figures as last published
    bool linked = false;
    bool unit_published = false;    ///< the unit's team has published its figures
    bool review_published = false;  ///< an evaluator has
    bool stale = false;             ///< entries arrived after the unit's figures were computed
    long long entries = 0;
    std::string unit_last_change;
    std::string review_last_change;
};

/// Every unit the connected role may see, one query on the server. `today` (YYYY-MM-DD) gives the
/// days since each unit's last change.
[[nodiscard]] std::vector<HubRecapRow> LoadHubRecap(PgConnection& hub, std::string_view today);

/// The units that are behind, in words, one line each: nothing published, no change for
/// `quiet_days`, figures older than the log, a review waiting on the unit's revisions.
[[nodiscard]] std::vector<std::string> WhoIsBehind(const std::vector<HubRecapRow>& rows, int quiet_days);

}  // namespace ziwb::core
