// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace ziwb::gui {

/// The folder of the running program, where the data roots (forms, templates) are looked up from.
[[nodiscard]] std::filesystem::path ProgramDirectory();
void SetProgramDirectory(const std::filesystem::path& folder);

}  // namespace ziwb::gui
