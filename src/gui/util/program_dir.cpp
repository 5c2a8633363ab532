// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/program_dir.hpp"

#include "common/data_dirs.hpp"

namespace ziwb::gui {

namespace {
std::filesystem::path& Stored() {
    static std::filesystem::path folder;
    return folder;
}
}  // namespace

std::filesystem::path ProgramDirectory() {
    if (Stored().empty()) {
        Stored() = core::ProgramDir(nullptr);
    }
    return Stored();
}

void SetProgramDirectory(const std::filesystem::path& folder) {
    Stored() = folder;
}

}  // namespace ziwb::gui
