// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ziwb::core {

/// A new id for something that copies create independently (an evidence item, a checklist line, a
/// task): 128 random bits as 32 hex digits, so two copies never pick the same one.
[[nodiscard]] std::string NewUid();

/// The id a migrated row gets: derived from the workspace and the row, so that two copies of one
/// old workspace give their shared rows the same ids.
[[nodiscard]] std::string DerivedUid(std::string_view workspace_id, std::string_view what, long long row);

[[nodiscard]] bool IsUid(std::string_view text);

}  // namespace ziwb::core
