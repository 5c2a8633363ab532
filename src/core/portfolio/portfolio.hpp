// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "portfolio/unit_summary.hpp"

namespace ziwb::core {

/// The largest folder a portfolio reads: an evaluation team has 14 units, an agency's recap some
/// hundreds; more files than this is not a folder of unit workspaces.
inline constexpr std::size_t kMaxPortfolioWorkspaces = 5000;

/// Every `.ziwb` file directly in `folder` (not in subfolders; links are not followed), by file
/// name, each summarized with SummarizeWorkspace. Throws UserError when the folder cannot be read,
/// holds no workspace, or holds more than kMaxPortfolioWorkspaces.
[[nodiscard]] std::vector<UnitSummary> LoadPortfolio(const std::filesystem::path& folder, std::string_view review_layer,
                                                     std::string_view today);

}  // namespace ziwb::core
