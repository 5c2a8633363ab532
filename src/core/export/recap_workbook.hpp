// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <vector>

#include "portfolio/unit_summary.hpp"

namespace ziwb::core {

inline constexpr const char* kRecapSheet = "Rekap Unit";

/// Writes the recap for the head of the agency (`ziwb recap`): one row per unit workspace with the
/// unit's and the evaluators' totals, components and verdicts, the review's progress and closing,
/// and the last change; a file that could not be read is a row saying why. The file appears only
/// when complete. `created` fixes the document time (golden tests); empty: now.
/// Where the units came from: a folder of workspace files (the second column names each file) or
/// the agency hub (it names each unit's code on the hub).
enum class RecapSource { Files, Hub };

void ExportRecap(const std::vector<UnitSummary>& units, const std::filesystem::path& path,
                 std::optional<std::time_t> created, RecapSource source = RecapSource::Files);

}  // namespace ziwb::core
