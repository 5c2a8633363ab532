// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <vector>

namespace ziwb::core {

/// The folders that may hold the application's data (forms/, templates/), in search order:
/// $ZIWB_DATA_DIR, <program>/../share/ziwb (installed), then the source tree (running from a build).
[[nodiscard]] std::vector<std::filesystem::path> DataRoots(const std::filesystem::path& program_dir);

/// The first existing `relative` path below the data roots, or empty.
[[nodiscard]] std::filesystem::path FindDataFile(const std::filesystem::path& program_dir,
                                                 const std::filesystem::path& relative);

/// The folder of the running program (from /proc/self/exe where available, else `argv0`).
[[nodiscard]] std::filesystem::path ProgramDir(const char* argv0);

}  // namespace ziwb::core
