// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/data_dirs.hpp"

#include <cstdlib>

#include "common/platform.hpp"

#ifndef ZIWB_SOURCE_DIR
#define ZIWB_SOURCE_DIR ""
#endif

namespace ziwb::core {

std::vector<std::filesystem::path> DataRoots(const std::filesystem::path& program_dir) {
    std::vector<std::filesystem::path> roots;
    if (const char* env = std::getenv("ZIWB_DATA_DIR"); env != nullptr && env[0] != '\0') {
        roots.emplace_back(env);
    }
    if (!program_dir.empty()) {
        roots.push_back(program_dir.parent_path() / "share" / "ziwb");
    }
    roots.emplace_back(ZIWB_SOURCE_DIR);
    return roots;
}

std::filesystem::path FindDataFile(const std::filesystem::path& program_dir, const std::filesystem::path& relative) {
    for (const auto& root : DataRoots(program_dir)) {
        std::error_code error;
        if (!root.empty() && std::filesystem::exists(root / relative, error)) {
            return root / relative;
        }
    }
    return {};
}

std::filesystem::path ProgramDir(const char* argv0) {
    return RunningProgram(argv0).parent_path();
}

}  // namespace ziwb::core
