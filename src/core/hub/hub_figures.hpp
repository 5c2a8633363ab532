// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace ziwb::core {

class PgConnection;
class Workspace;

/// Publishes the figures of the layers the connected person writes for `unit` (the unit's own
/// layer for its team, an evaluator's review layer), as this copy's engine computes them: the same
/// engine as the official workbook, so the hub never keeps a second way of scoring. The server
/// lets each person publish only the layers they may write. Returns the layers published.
std::vector<std::string> PublishFigures(Workspace& workspace, PgConnection& hub, const std::string& unit,
                                        long long through_seq);

}  // namespace ziwb::core
