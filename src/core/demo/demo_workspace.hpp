// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "form/form_catalog.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Writes the demo workspace: a plausible Dinas Tenaga Kerja of a kabupaten with a realistic, partly
/// complete set of answers and notes (templates/demo/dinas-tenaga-kerja.csv) and a few evidence
/// documents imported from a shared-drive style folder (templates/demo/bukti-dukung/), for trying
/// the workbench and for screenshots.
Workspace CreateDemoWorkspace(const std::filesystem::path& path, const FormCatalog& forms,
                              const std::filesystem::path& program_dir);

}  // namespace ziwb::core
