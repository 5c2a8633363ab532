// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "evidence/checklist.hpp"

namespace ziwb::gui {

/// The checklist line a newly added file is plainly meant for: among lines with nothing attached
/// yet, the one sharing the most words with the file's name ("SK Tim Kerja.pdf" and "SK Tim Kerja
/// Pembangunan ZI"), when at least two of the name's words and most of them are on that line and
/// no other line shares as many. Empty when no line is plainly meant (better none than a wrong tick).
[[nodiscard]] std::optional<std::size_t> MatchChecklistLine(const std::vector<core::ChecklistEntry>& lines,
                                                            const std::string& file_name);

}  // namespace ziwb::gui
