// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One signed scan matched to a person of the register.
struct SignedScan {
    std::filesystem::path path;
    std::string file_name;
    std::string nip;
    std::string name;
    std::int64_t evidence_id = 0;  ///< filled in once attached
    /// A PDF carrying an intact electronic signature (TTE): recorded as signed electronically, not
    /// in ink.
    bool electronic = false;
};

/// What `ziwb document signed` found in a folder: the scans it can attach and, one line each, the
/// files it cannot (no NIP in the name, a NIP not in the register, two scans for one person, not a
/// PDF, JPEG or PNG).
struct SignedScanPlan {
    std::vector<SignedScan> scans;
    std::vector<std::string> problems;
    std::string criterion;  ///< from the form's <documents>; empty when the form names none
    int line = 0;
};

/// Reads the folder (not its subfolders; hidden files without a NIP are skipped) and matches each file by the
/// 18-digit NIP in its name. A PDF with electronic signatures is checked offline: one intact
/// signature makes the scan electronic; signatures all broken or changed after signing are a
/// problem of the file. Changes nothing.
[[nodiscard]] SignedScanPlan PlanSignedScans(Workspace& workspace, const DocumentTemplate& document,
                                             const std::filesystem::path& folder);

/// Attaches every scan of a plan without problems in one entry: each becomes an evidence item
/// backing the form's criterion for the template, ticks its checklist line, and records the
/// person's signature (in ink, dated `date`). Throws UserError and changes nothing when the plan
/// has problems.
void AttachSignedScans(Workspace& workspace, const DocumentTemplate& document, SignedScanPlan& plan,
                       const std::string& date, const std::string& author);

}  // namespace ziwb::core
