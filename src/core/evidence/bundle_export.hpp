// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

#include "evidence/evidence_vault.hpp"

namespace ziwb::core {

struct BundleReport {
    std::size_t files = 0;
    std::size_t links = 0;
};

/// Writes the evidence as a folder an evaluator can check with standard tools: one folder per area
/// and criterion holding its files, index.csv and index.html listing every item (files and links)
/// by criterion, and SHA256SUMS, which `sha256sum -c SHA256SUMS` accepts. Every file is checked
/// against its SHA-256 as it is written. The folder must not exist yet, or be empty.
/// Where a file of `item` backing `criterion` lies inside an evidence bundle:
/// "<area code> <area name>/<criterion code>/<item>-<file name>", with "/" separators.
[[nodiscard]] std::string BundlePath(const Form& form, const FormNode& criterion, const EvidenceItem& item);

BundleReport ExportEvidenceBundle(Workspace& workspace, const std::filesystem::path& folder, ProgressSink& progress);

}  // namespace ziwb::core
