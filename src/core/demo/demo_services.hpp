// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Adds the demo's service standards work (templates/demo/pelayanan/): three services of a labour
/// office with their standards, one public consultation forum with its participants and inputs,
/// and a satisfaction survey imported from a form service's CSV. Some of it is left undone on
/// purpose, so that the readiness check has something to say.
void AddDemoServices(Workspace& workspace, const std::filesystem::path& program_dir, const std::string& author);

}  // namespace ziwb::core
