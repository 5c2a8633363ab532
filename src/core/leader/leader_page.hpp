// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "leader/leader_summary.hpp"

namespace ziwb::core {

/// Writes the leader's page as a one-page PDF in the user's language. Refuses to replace an
/// existing file unless `overwrite`.
void WriteLeaderPdf(const Form& form, const LeaderSummary& summary, const std::filesystem::path& program_dir,
                    const std::filesystem::path& target, bool overwrite);

}  // namespace ziwb::core
